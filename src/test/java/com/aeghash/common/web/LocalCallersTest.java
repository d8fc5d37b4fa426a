package com.aeghash.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests count as coming from this machine. */
class LocalCallersTest {

    @Test
    void aLoopbackPeerWithoutForwardingHeadersIsLocal() {
        assertThat(LocalCallers.isLocal(from("127.0.0.1"))).isTrue();
        assertThat(LocalCallers.isLocal(from("127.1.2.3"))).isTrue();
        assertThat(LocalCallers.isLocal(from("::1"))).isTrue();
        assertThat(LocalCallers.isLocal(from("0:0:0:0:0:0:0:1"))).isTrue();
    }

    @Test
    void anyOtherPeerIsRemote() {
        assertThat(LocalCallers.isLocal(from("203.0.113.5"))).isFalse();
        assertThat(LocalCallers.isLocal(from("10.0.0.1"))).isFalse();
        assertThat(LocalCallers.isLocal(from("2001:db8::1"))).isFalse();
        assertThat(LocalCallers.isLocal(from("128.0.0.1"))).isFalse();
        assertThat(LocalCallers.isLocal(from("localhost"))).isFalse();
    }

    @Test
    void aRemoteCallerCannotMakeItselfLocalWithAHeader() {
        MockHttpServletRequest request = from("203.0.113.5");
        request.addHeader("X-Forwarded-For", "127.0.0.1");

        assertThat(LocalCallers.isLocal(request)).isFalse();
    }

    @Test
    void aCallRelayedByAProxyOnThisMachineIsRemoteWhenAnyLineNamesARemoteCaller() {
        assertThat(LocalCallers.isLocal(relayed("X-Forwarded-For", "203.0.113.9")))
                .isFalse();
        assertThat(LocalCallers.isLocal(relayed("X-Forwarded-For", "127.0.0.1, 203.0.113.9")))
                .isFalse();
        assertThat(LocalCallers.isLocal(relayed("X-Real-IP", "203.0.113.9"))).isFalse();
        assertThat(LocalCallers.isLocal(relayed("Forwarded", "for=192.0.2.60;proto=http;by=127.0.0.1")))
                .isFalse();
        assertThat(LocalCallers.isLocal(relayed("Forwarded", "for=\"[2001:db8:cafe::17]:4711\"")))
                .isFalse();
        assertThat(LocalCallers.isLocal(relayed("Forwarded", "for=unknown"))).isFalse();
        assertThat(LocalCallers.isLocal(relayed("X-Forwarded-For", "203.0.113.9:51234")))
                .isFalse();

        MockHttpServletRequest twoLines = relayed("X-Forwarded-For", "127.0.0.1");
        twoLines.addHeader("X-Forwarded-For", "198.51.100.1");
        assertThat(LocalCallers.isLocal(twoLines)).isFalse();
    }

    @Test
    void aLocalCallerRelayedByALocalProxyStaysLocal() {
        assertThat(LocalCallers.isLocal(relayed("X-Forwarded-For", "127.0.0.1")))
                .isTrue();
        assertThat(LocalCallers.isLocal(relayed("Forwarded", "for=\"[::1]:4711\";proto=http")))
                .isTrue();
    }

    private static MockHttpServletRequest from(String peer) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        return request;
    }

    private static MockHttpServletRequest relayed(String header, String value) {
        MockHttpServletRequest request = from("127.0.0.1");
        request.addHeader(header, value);
        return request;
    }
}

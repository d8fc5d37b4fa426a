package com.aeghash.partner.internal.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.partner.internal.settings.IpRange;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressResolverTest {

    @Test
    void forwardedForIsReadOnlyBehindTrustedProxies() {
        ClientAddressResolver direct = new ClientAddressResolver(List.of());
        ClientAddressResolver proxied = new ClientAddressResolver(List.of(IpRange.parse("10.0.0.0/8")));

        assertThat(direct.resolve("198.51.100.1", "203.0.113.7")).isEqualTo("198.51.100.1");
        assertThat(proxied.resolve("198.51.100.1", "203.0.113.7")).isEqualTo("198.51.100.1");
        assertThat(proxied.resolve("10.0.0.5", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(proxied.resolve("10.0.0.5", "6.6.6.6, 203.0.113.7, 10.0.0.9"))
                .isEqualTo("203.0.113.7");
        assertThat(proxied.resolve("10.0.0.5", "203.0.113.7, not-an-address")).isEqualTo("10.0.0.5");
        assertThat(proxied.resolve("10.0.0.5", null)).isEqualTo("10.0.0.5");
    }

    @Test
    void everyForwardedForLineIsReadInOrder() {
        ClientAddressResolver proxied = new ClientAddressResolver(List.of(IpRange.parse("10.0.0.0/8")));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.5");
        // the client wrote the first line itself; our proxy added its peer in a second line
        request.addHeader("X-Forwarded-For", "203.0.113.7");
        request.addHeader("X-Forwarded-For", "198.51.100.1, 10.0.0.9");

        assertThat(proxied.resolve(request)).isEqualTo("198.51.100.1");
    }

    @Test
    void garbageOnAnyForwardedForLineStopsAtTheLastVouchedAddress() {
        ClientAddressResolver proxied = new ClientAddressResolver(List.of(IpRange.parse("10.0.0.0/8")));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.5");
        request.addHeader("X-Forwarded-For", "203.0.113.7");
        request.addHeader("X-Forwarded-For", "not-an-address");

        assertThat(proxied.resolve(request)).isEqualTo("10.0.0.5");
    }
}

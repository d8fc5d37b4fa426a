package com.aeghash.partner.internal.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.partner.internal.settings.IpRange;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}

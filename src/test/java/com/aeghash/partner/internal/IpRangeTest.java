package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IpRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "203.0.113.0/24, 203.0.113.7, true",
        "203.0.113.0/24, 203.0.114.7, false",
        "10.0.0.0/9, 10.127.255.255, true",
        "10.0.0.0/9, 10.128.0.0, false",
        "198.51.100.7, 198.51.100.7, true",
        "198.51.100.7, 198.51.100.8, false",
        "0.0.0.0/0, 192.0.2.1, true",
        "2001:db8::/32, 2001:db8:ffff::1, true",
        "2001:db8::/32, 2001:db9::1, false",
        "::1/128, ::1, true",
        "127.0.0.1/32, ::ffff:127.0.0.1, true",
        "::/0, 127.0.0.1, false",
        "127.0.0.1/32, localhost, false",
    })
    void containsExactlyTheAddressesOfItsPrefix(String range, String address, boolean contained) {
        assertThat(IpRange.parse(range).contains(address)).isEqualTo(contained);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "256.1.1.1", "10.0.0.0/33", "::/129", "10.0.0.0/x", "1.2.3", ".:", ""})
    void anythingButALiteralAddressIsRefusedWithoutDnsLookup(String text) {
        assertThatThrownBy(() -> IpRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forwardedForIsReadOnlyBehindTrustedProxies() {
        ClientAddressResolver direct = new ClientAddressResolver(List.of());
        ClientAddressResolver proxied = new ClientAddressResolver(List.of(IpRange.parse("10.0.0.0/8")));

        assertThat(direct.resolve("198.51.100.1", "203.0.113.7")).isEqualTo("198.51.100.1");
        assertThat(proxied.resolve("198.51.100.1", "203.0.113.7")).isEqualTo("198.51.100.1");
        assertThat(proxied.resolve("10.0.0.5", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(proxied.resolve("10.0.0.5", "6.6.6.6, 203.0.113.7, 10.0.0.9")).isEqualTo("203.0.113.7");
        assertThat(proxied.resolve("10.0.0.5", "203.0.113.7, not-an-address")).isEqualTo("10.0.0.5");
        assertThat(proxied.resolve("10.0.0.5", null)).isEqualTo("10.0.0.5");
    }
}

package com.aeghash.partner.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
}

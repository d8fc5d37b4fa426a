package com.aeghash.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.risk.IpAddresses;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class IpNetworkTest {

    @Test
    void ipv4BlocksContainTheirAddressesOnly() {
        IpNetwork network = IpNetwork.parse(" 10.20.0.0/14 ");

        assertThat(network.contains(address("10.23.255.255"))).isTrue();
        assertThat(network.contains(address("10.24.0.0"))).isFalse();
        assertThat(network.contains(address("::ffff:10.20.1.1")))
                .as("IPv4-mapped IPv6")
                .isTrue();
        assertThat(network.contains(address("2001:db8::1"))).isFalse();
        assertThat(network).hasToString("10.20.0.0/14");
    }

    @Test
    void ipv6BlocksAndBareAddressesWork() {
        assertThat(IpNetwork.parse("2001:db8:bad::/48").contains(address("2001:db8:bad:ffff::1")))
                .isTrue();
        assertThat(IpNetwork.parse("2001:db8:bad::/48").contains(address("2001:db8:bae::1")))
                .isFalse();
        assertThat(IpNetwork.parse("192.0.2.7").contains(address("192.0.2.7"))).isTrue();
        assertThat(IpNetwork.parse("192.0.2.7").contains(address("192.0.2.8"))).isFalse();
        assertThat(IpNetwork.parse("0.0.0.0/0").contains(address("8.8.8.8"))).isTrue();
    }

    @Test
    void malformedBlocksAreRefusedAndNamesAreNeverResolved() {
        assertThatThrownBy(() -> IpNetwork.parse("10.0.0.1/8")).hasMessageContaining("host bits");
        assertThatThrownBy(() -> IpNetwork.parse("10.0.0.0/33")).hasMessageContaining("between 0 and 32");
        assertThatThrownBy(() -> IpNetwork.parse("10.0.0.0/x")).hasMessageContaining("numeric prefix");
        assertThatThrownBy(() -> IpNetwork.parse("256.0.0.0/8")).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> IpNetwork.parse("localhost")).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> IpNetwork.parse("example.com/24")).hasMessageContaining("not an IP address");
        assertThat(IpAddresses.parse("1.2.3")).isEmpty();
        assertThat(IpAddresses.parse("2001:db8::g")).isEmpty();
        assertThat(IpAddresses.parse("[::1]")).isEmpty();
    }

    private static InetAddress address(String text) {
        return IpAddresses.parse(text).orElseThrow();
    }
}

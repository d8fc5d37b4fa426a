package com.aeghash.risk.internal;

import com.aeghash.risk.IpAddresses;
import java.net.InetAddress;

/**
 * A CIDR block such as {@code 203.0.113.0/24} or {@code 2001:db8::/32}; a bare address is a single-host
 * block. Host bits must be zero: {@code 10.0.0.1/8} is refused rather than guessed at, because a typo in a
 * blocked or trusted list should stop the boot, not silently widen or narrow the list.
 */
record IpNetwork(InetAddress network, int prefixLength) {

    static IpNetwork parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int slash = trimmed.indexOf('/');
        String addressText = slash < 0 ? trimmed : trimmed.substring(0, slash);
        InetAddress address = IpAddresses.parse(addressText)
                .orElseThrow(
                        () -> new IllegalArgumentException("'" + trimmed + "' is not an IP address or CIDR block"));
        int bits = address.getAddress().length * 8;
        int prefix = slash < 0 ? bits : prefixOf(trimmed, trimmed.substring(slash + 1), bits);
        if (hasHostBits(address.getAddress(), prefix)) {
            throw new IllegalArgumentException("'" + trimmed + "' has host bits set after /" + prefix);
        }
        return new IpNetwork(address, prefix);
    }

    boolean contains(InetAddress candidate) {
        byte[] networkBytes = network.getAddress();
        byte[] candidateBytes = candidate.getAddress();
        if (networkBytes.length != candidateBytes.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int index = 0; index < fullBytes; index++) {
            if (networkBytes[index] != candidateBytes[index]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (networkBytes[fullBytes] & mask) == (candidateBytes[fullBytes] & mask);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }

    private static int prefixOf(String cidr, String text, int bits) {
        int prefix;
        try {
            prefix = Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("'" + cidr + "' has no numeric prefix length");
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("'" + cidr + "' needs a prefix length between 0 and " + bits);
        }
        return prefix;
    }

    private static boolean hasHostBits(byte[] bytes, int prefix) {
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0) {
                return true;
            }
        }
        return false;
    }
}

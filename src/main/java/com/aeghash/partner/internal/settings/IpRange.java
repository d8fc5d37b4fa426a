package com.aeghash.partner.internal.settings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An address range in CIDR notation ({@code 203.0.113.0/24}, {@code 2001:db8::/32}); a bare address is a
 * range of one. Only literal addresses are parsed: a host name is refused rather than looked up, so parsing
 * never touches DNS.
 */
public final class IpRange {

    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:][0-9A-Fa-f:.]*$");

    private final byte[] network;
    private final int prefixBits;
    private final String text;

    private IpRange(byte[] network, int prefixBits, String text) {
        this.network = network;
        this.prefixBits = prefixBits;
        this.text = text;
    }

    /** @throws IllegalArgumentException when the text is not a literal address with an optional prefix length */
    public static IpRange parse(String cidr) {
        String trimmed = cidr.trim();
        int slash = trimmed.indexOf('/');
        String addressText = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] address = literal(addressText);
        if (address == null) {
            throw new IllegalArgumentException("not an IPv4 or IPv6 address");
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String prefixText = trimmed.substring(slash + 1);
            if (!prefixText.matches("\\d{1,3}") || Integer.parseInt(prefixText) > bits) {
                throw new IllegalArgumentException("prefix length must be 0-" + bits);
            }
            prefix = Integer.parseInt(prefixText);
        }
        return new IpRange(address, prefix, trimmed);
    }

    /** True when the literal address lies in this range; false for anything that is not a literal address. */
    public boolean contains(String addressText) {
        byte[] address = addressText == null ? null : literal(addressText.trim());
        if (address == null || address.length != network.length) {
            return false;
        }
        int fullBytes = prefixBits / 8;
        for (int index = 0; index < fullBytes; index++) {
            if (address[index] != network[index]) {
                return false;
            }
        }
        int remainingBits = prefixBits % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    /** The address bytes (4 or 16; IPv4-mapped IPv6 becomes 4), or null when the text is not a literal. */
    public static byte[] literal(String text) {
        if (IPV4.matcher(text).matches()) {
            String[] parts = text.split("\\.");
            byte[] bytes = new byte[4];
            for (int index = 0; index < 4; index++) {
                int value = Integer.parseInt(parts[index]);
                if (value > 255) {
                    return null;
                }
                bytes[index] = (byte) value;
            }
            return bytes;
        }
        if (text.indexOf(':') >= 0 && IPV6.matcher(text).matches()) {
            try {
                // a text containing ':' is parsed as an IPv6 literal, never resolved through DNS
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException malformed) {
                return null;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}

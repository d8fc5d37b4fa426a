package com.aeghash.risk;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses IP address literals (IPv4 dotted quads, IPv6 in any standard form) without ever asking DNS:
 * text that is not a literal is refused, never resolved.
 */
public final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

    private IpAddresses() {}

    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        var ipv4 = IPV4.matcher(trimmed);
        if (ipv4.matches()) {
            return ipv4Of(ipv4);
        }
        if (trimmed.contains(":") && IPV6_CHARACTERS.matcher(trimmed).matches()) {
            try {
                // With a ':' the JDK parses an IPv6 literal and never resolves a name; invalid text throws.
                return Optional.of(InetAddress.getByName(trimmed));
            } catch (UnknownHostException invalid) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<InetAddress> ipv4Of(Matcher quads) {
        byte[] bytes = new byte[4];
        for (int index = 0; index < 4; index++) {
            int value = Integer.parseInt(quads.group(index + 1));
            if (value > 255) {
                return Optional.empty();
            }
            bytes[index] = (byte) value;
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("four bytes are always an IPv4 address", impossible);
        }
    }
}

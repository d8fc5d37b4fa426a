package com.aeghash.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a request comes from this machine: what the sandbox's open doors (the simulators, their tools, the demo
 * partner whose secret is published) accept. A request is local when its TCP peer is a loopback address (127.0.0.0/8
 * or ::1) <em>and</em> every address named by every line of {@code X-Forwarded-For}, {@code X-Real-IP} and
 * {@code Forwarded} is one too.
 *
 * <p>Why the forwarding headers count, whoever sent them: a remote client can never be a loopback peer, but a
 * reverse proxy on this machine makes it one, and names the client it relays in such a header. Any name that is not
 * a loopback literal (another address, a host name, {@code unknown}, an address with a port) makes the request
 * remote, so a header cannot make a remote caller local; at most a local caller can make itself remote. A proxy
 * that names nobody cannot be told apart from a local caller: the sandbox must not be put behind one (the manual
 * says so). No trusted-proxy list applies here on purpose: nothing relayed from elsewhere is local.
 */
public final class LocalCallers {

    private static final List<String> FORWARDING_HEADERS = List.of("X-Forwarded-For", "X-Real-IP");
    private static final String FORWARDED = "Forwarded";
    private static final Pattern FORWARDED_FOR = Pattern.compile("(?i)(?:^|[;,\\s])for=(\"[^\"]*\"|[^;,\\s]*)");
    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:][0-9A-Fa-f:.]*$");
    /** Bound on the names looked at: more than this many hops is not a local call. */
    private static final int NAMES_MAX = 20;

    private LocalCallers() {}

    public static boolean isLocal(HttpServletRequest request) {
        if (!isLoopback(request.getRemoteAddr())) {
            return false;
        }
        List<String> named = namedAddresses(request);
        return named.size() <= NAMES_MAX && named.stream().allMatch(LocalCallers::isLoopback);
    }

    /** Every address the forwarding headers name, all lines, in order. */
    static List<String> namedAddresses(HttpServletRequest request) {
        List<String> named = new ArrayList<>();
        for (String header : FORWARDING_HEADERS) {
            for (String line : lines(request, header)) {
                for (String entry : line.split(",")) {
                    named.add(entry.trim());
                }
            }
        }
        for (String line : lines(request, FORWARDED)) {
            Matcher forwardedFor = FORWARDED_FOR.matcher(line);
            while (forwardedFor.find()) {
                named.add(unbracketed(forwardedFor.group(1)));
            }
        }
        return named;
    }

    /** True for a literal address in 127.0.0.0/8 or ::1 (IPv4-mapped included); false for anything else. */
    public static boolean isLoopback(String text) {
        if (text == null) {
            return false;
        }
        Matcher ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            for (int octet = 1; octet <= 4; octet++) {
                if (Integer.parseInt(ipv4.group(octet)) > 255) {
                    return false;
                }
            }
            return "127".equals(ipv4.group(1));
        }
        if (text.indexOf(':') < 0 || !IPV6.matcher(text).matches()) {
            return false;
        }
        try {
            // a text of hex digits, ':' and '.' is parsed as an IPv6 literal, never resolved through DNS
            return InetAddress.getByName(text).isLoopbackAddress();
        } catch (UnknownHostException malformed) {
            return false;
        }
    }

    /** {@code "[2001:db8::1]:4711"} → {@code 2001:db8::1}; {@code "192.0.2.1:80"} stays (an address with a port). */
    private static String unbracketed(String value) {
        String unquoted = value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
                ? value.substring(1, value.length() - 1)
                : value;
        if (unquoted.startsWith("[") && unquoted.indexOf(']') > 0) {
            return unquoted.substring(1, unquoted.indexOf(']'));
        }
        return unquoted;
    }

    private static List<String> lines(HttpServletRequest request, String header) {
        Enumeration<String> lines = request.getHeaders(header);
        return lines == null ? List.of() : Collections.list(lines);
    }
}

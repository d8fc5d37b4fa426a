package com.aeghash.partner.internal.authentication;

import com.aeghash.partner.internal.settings.IpRange;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The address a partner call came from. The TCP peer address is the truth unless that peer is one of our own
 * trusted proxies ({@code aeghash.partner.trusted-proxies}); only then is {@code X-Forwarded-For} read, from the
 * right (the entry our proxy appended) leftwards, skipping further trusted proxies. Entries a client wrote
 * itself sit further left and are never reached while a trusted proxy vouches for the one to their right.
 *
 * <p>Every line of the header counts, in the order received, as if they were one comma-separated list (RFC 9110
 * section 5.3): a proxy that adds its own line instead of appending to the client's puts the address it saw
 * <em>below</em> what the client wrote, so reading only the first line would believe the client.
 */
final class ClientAddressResolver {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final int FORWARDED_ENTRIES_MAX = 20;
    private final List<IpRange> trustedProxies;

    ClientAddressResolver(List<IpRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    String resolve(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), forwardedFor(request));
    }

    /** All values of all {@code X-Forwarded-For} lines, in order, joined by commas; null when there is none. */
    static String forwardedFor(HttpServletRequest request) {
        Enumeration<String> lines = request.getHeaders(FORWARDED_FOR);
        if (lines == null || !lines.hasMoreElements()) {
            return null;
        }
        return String.join(",", Collections.list(lines));
    }

    String resolve(String peerAddress, String forwardedFor) {
        if (!isTrusted(peerAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return peerAddress;
        }
        String[] entries = forwardedFor.split(",");
        String candidate = peerAddress;
        for (int index = entries.length - 1; index >= Math.max(0, entries.length - FORWARDED_ENTRIES_MAX); index--) {
            String entry = entries[index].trim();
            if (IpRange.literal(entry) == null) {
                return candidate; // garbage in the chain: stop at the last address a trusted hop vouched for
            }
            candidate = entry;
            if (!isTrusted(entry)) {
                return entry;
            }
        }
        return candidate;
    }

    private boolean isTrusted(String address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}

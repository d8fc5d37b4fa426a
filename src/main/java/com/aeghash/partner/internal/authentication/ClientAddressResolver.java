package com.aeghash.partner.internal.authentication;

import com.aeghash.partner.internal.settings.IpRange;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The address a partner call came from. The TCP peer address is the truth unless that peer is one of our own
 * trusted proxies ({@code aeghash.partner.trusted-proxies}); only then is {@code X-Forwarded-For} read, from the
 * right (the entry our proxy appended) leftwards, skipping further trusted proxies. Entries a client wrote
 * itself sit further left and are never reached while a trusted proxy vouches for the one to their right.
 */
final class ClientAddressResolver {

    private static final int FORWARDED_ENTRIES_MAX = 20;
    private final List<IpRange> trustedProxies;

    ClientAddressResolver(List<IpRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    String resolve(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
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

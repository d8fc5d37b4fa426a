package com.aeghash.partner.internal.authentication;

import com.aeghash.partner.internal.settings.IpRange;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The budget of failed partner calls per source address: {@code aeghash.partner.failures-per-address} failures
 * within a fixed window of {@code aeghash.partner.failure-window}. It is kept apart from the partners' rate limits
 * on purpose: a caller who cannot sign must never spend a partner's permits.
 *
 * <p>Within its budget an address's failures are answered with their reason and (for a known key id) stored in the
 * inbound event log; past it they are answered 429 {@code too_many_failures} and only counted. The budget never
 * stands between a correctly signed call and its partner: the signature is checked first, so a partner whose own
 * misconfigured node (or a neighbour behind the same NAT) fails from its address keeps its good calls.
 *
 * <p>IPv6 addresses are budgeted per /64, the block one host usually controls. The table of addresses is bounded
 * ({@value #ADDRESSES_MAX}): when it is full even after dropping finished windows, a new address is treated as over
 * its budget, so an address flood costs no memory and no stored rows.
 */
final class FailedCallLimiter {

    static final int ADDRESSES_MAX = 10_000;
    private static final int IPV6_BUDGET_PREFIX_BYTES = 8;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int failuresPerWindow;
    private final long windowMillis;
    private final Clock clock;

    FailedCallLimiter(int failuresPerWindow, Duration window, Clock clock) {
        this.failuresPerWindow = failuresPerWindow;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Counts one failed call from the address; true while the address is within its budget, false past it. */
    boolean withinBudget(String address) {
        String subject = subjectOf(address);
        long now = clock.millis();
        if (!windows.containsKey(subject) && windows.size() >= ADDRESSES_MAX) {
            windows.values().removeIf(window -> window.isOver(now, windowMillis));
            if (windows.size() >= ADDRESSES_MAX) {
                return false;
            }
        }
        Window window = windows.compute(
                subject,
                (key, current) -> current == null || current.isOver(now, windowMillis)
                        ? new Window(now, 1)
                        : new Window(current.startedAtMillis, current.failures + 1));
        return window.failures <= failuresPerWindow;
    }

    /** Seconds a caller past its budget should wait: what {@code Retry-After} tells it. */
    int retryAfterSeconds() {
        return (int) Math.max(1, windowMillis / 1000);
    }

    /** The address itself, or for IPv6 its /64 network; anything that is not a literal address as it is. */
    static String subjectOf(String address) {
        byte[] bytes = address == null ? null : IpRange.literal(address);
        if (bytes == null || bytes.length == 4) {
            return address;
        }
        StringBuilder prefix = new StringBuilder();
        for (int index = 0; index < IPV6_BUDGET_PREFIX_BYTES; index += 2) {
            prefix.append(Integer.toHexString(((bytes[index] & 0xFF) << 8) | (bytes[index + 1] & 0xFF)))
                    .append(':');
        }
        return prefix.append(":/64").toString();
    }

    private record Window(long startedAtMillis, int failures) {

        boolean isOver(long nowMillis, long lengthMillis) {
            return nowMillis - startedAtMillis >= lengthMillis;
        }
    }
}

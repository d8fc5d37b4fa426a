package com.aeghash.partner.internal.authentication;

import com.aeghash.partner.internal.settings.PartnerSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The partner rate limit ({@code AEGMALL_<PARTNER>_RATE_LIMIT_PER_SECOND}) across every instance: a fixed
 * one-second window per partner, counted in the database ({@link PartnerRateWindowRepository}). However many
 * instances serve the partner, at most the limit of calls is accepted in one window (the epoch second of the
 * accepting instance's clock; instances' clocks are expected within a second of each other, and like every fixed
 * window a burst across a boundary may see up to twice the limit within one second).
 *
 * <p>Cost: one statement per accepted or limited call (two for the first call of a window) up to a limit of
 * {@value #LIMIT_PER_BLOCK} calls per second. Above it an instance takes its permits from the database in
 * blocks of {@code limit / }{@value #LIMIT_PER_BLOCK} (at most {@value #BLOCK_MAX}) and hands them out
 * itself: every call still holds a permit counted in the window's row, so the limit across instances stays exact,
 * and the row every call of the partner used to lock until its commit is written once per block. The price: the
 * permits an instance took and did not use by the end of the window are lost to the other instances, at most one
 * block (1 % of the limit) per instance and window.
 */
final class PartnerRateLimiters {

    static final Duration PERIOD = Duration.ofSeconds(1);

    /** The block is this fraction of the limit: 1 %. */
    static final int LIMIT_PER_BLOCK = 100;

    /** The largest block one instance takes at once. */
    static final int BLOCK_MAX = 50;

    private final PartnerRateWindowRepository windows;
    private final Clock clock;
    private final ConcurrentMap<String, HeldPermits> held = new ConcurrentHashMap<>();

    PartnerRateLimiters(PartnerRateWindowRepository windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    /** Takes one permit without waiting; false when the partner is over its limit in this window. */
    boolean tryAcquire(PartnerSettings partner) {
        long window = clock.instant().getEpochSecond();
        int limit = partner.limits().requestsPerSecond();
        int block = blockOf(limit);
        if (block == 1) {
            return windows.take(partner.id(), window, limit);
        }
        return held.computeIfAbsent(partner.id(), id -> new HeldPermits()).take(partner.id(), window, limit, block);
    }

    /** The permits taken from the database at once for a limit: 1 below 200 calls per second. */
    static int blockOf(int limit) {
        return Math.max(1, Math.min(BLOCK_MAX, limit / LIMIT_PER_BLOCK));
    }

    /** Seconds until the next period starts: what {@code Retry-After} tells a limited partner. */
    static int retryAfterSeconds() {
        return (int) Math.max(1, PERIOD.toSeconds());
    }

    /**
     * The permits of one partner's current window this instance took and has not handed out yet. Synchronized: the
     * callers of one partner queue here for the moment of one statement per block, as they queued on the window's
     * row before, and no two of them take a block at once.
     */
    private final class HeldPermits {

        private long window = Long.MIN_VALUE;
        private int left;

        synchronized boolean take(String partnerId, long currentWindow, int limit, int block) {
            if (window != currentWindow) {
                window = currentWindow;
                left = 0;
            }
            if (left == 0) {
                left = windows.takeBlock(partnerId, currentWindow, limit, block);
                if (left == 0) {
                    return false;
                }
            }
            left--;
            return true;
        }
    }
}

package com.aeghash.partner.internal.authentication;

import com.aeghash.partner.internal.settings.PartnerSettings;
import java.time.Clock;
import java.time.Duration;

/**
 * The partner rate limit ({@code AEGMALL_<PARTNER>_RATE_LIMIT_PER_SECOND}) across every instance: a fixed
 * one-second window per partner, counted in the database ({@link PartnerRateWindowRepository}). However many
 * instances serve the partner, at most the limit of calls is accepted in one window (the epoch second of the
 * accepting instance's clock; instances' clocks are expected within a second of each other, and like every fixed
 * window a burst across a boundary may see up to twice the limit within one second). The cost is one statement per
 * accepted or limited call (two for the first call of a window).
 */
final class PartnerRateLimiters {

    static final Duration PERIOD = Duration.ofSeconds(1);
    private final PartnerRateWindowRepository windows;
    private final Clock clock;

    PartnerRateLimiters(PartnerRateWindowRepository windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    /** Takes one permit without waiting; false when the partner is over its limit in this window. */
    boolean tryAcquire(PartnerSettings partner) {
        return windows.take(
                partner.id(), clock.instant().getEpochSecond(), partner.limits().requestsPerSecond());
    }

    /** Seconds until the next period starts: what {@code Retry-After} tells a limited partner. */
    static int retryAfterSeconds() {
        return (int) Math.max(1, PERIOD.toSeconds());
    }
}

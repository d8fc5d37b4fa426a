package com.aeghash.partner.internal.authentication;

import com.aeghash.partner.internal.settings.PartnerRegistry;
import com.aeghash.partner.internal.settings.PartnerSettings;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One resilience4j rate limiter per partner ({@code AEGMALL_<PARTNER>_RATE_LIMIT_PER_SECOND}). The limiters
 * live in this process: with N instances behind a load balancer a partner may get up to N times its limit,
 * which is the intent (the limit protects each instance); a global limit would need shared state per call.
 */
final class PartnerRateLimiters {

    static final Duration PERIOD = Duration.ofSeconds(1);
    private final Map<String, RateLimiter> limiters;

    PartnerRateLimiters(PartnerRegistry registry) {
        this.limiters = registry.all().stream()
                .collect(Collectors.toUnmodifiableMap(
                        PartnerSettings::id,
                        partner -> RateLimiter.of(
                                "partner-" + partner.id(),
                                RateLimiterConfig.custom()
                                        .limitForPeriod(partner.limits().requestsPerSecond())
                                        .limitRefreshPeriod(PERIOD)
                                        .timeoutDuration(Duration.ZERO)
                                        .build())));
    }

    /** Takes one permit without waiting; false when the partner is over its limit in this period. */
    boolean tryAcquire(PartnerSettings partner) {
        RateLimiter limiter = limiters.get(partner.id());
        return limiter != null && limiter.acquirePermission();
    }

    /** Seconds until the next period starts: what {@code Retry-After} tells a limited partner. */
    static int retryAfterSeconds() {
        return (int) Math.max(1, PERIOD.toSeconds());
    }
}

package com.aeghash.idempotency.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the idempotency mechanism ({@code aeghash.idempotency.*}; {@code application.yml} falls back to the
 * partner-only names they had before, {@code aeghash.partner.idempotency-ttl}, ...).
 *
 * @param ttl             how long a key is kept (and cannot be used for another request)
 * @param inProgressLease how long a claimed key counts as running; after it a crashed attempt is taken over (far
 *                        above any real processing time)
 * @param retries         retries of a transient failure after the first attempt
 * @param retryBackoff    wait before the first retry; doubles for each further retry
 */
@ConfigurationProperties("aeghash.idempotency")
record IdempotencyProperties(
        @DefaultValue("24h") Duration ttl,
        @DefaultValue("60s") Duration inProgressLease,
        @DefaultValue("3") int retries,
        @DefaultValue("50ms") Duration retryBackoff) {

    static final int RETRIES_MAX = 10;

    IdempotencyProperties {
        if (retries < 0 || retries > RETRIES_MAX) {
            throw new IllegalArgumentException("aeghash.idempotency.retries must be 0-" + RETRIES_MAX);
        }
        if (!isPositive(ttl) || !isPositive(inProgressLease)) {
            throw new IllegalArgumentException("aeghash.idempotency.ttl and in-progress-lease must be positive");
        }
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}

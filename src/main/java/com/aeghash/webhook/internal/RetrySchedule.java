package com.aeghash.webhook.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code firstRetryDelay} after its first attempt, twice as long after each
 * further one, never more than {@code retryDelayMax} apart; none once {@code giveUpAfter} since it was recorded has
 * passed (the delivery is then FAILED).
 */
final class RetrySchedule {

    private final WebhookProperties properties;

    RetrySchedule(WebhookProperties properties) {
        this.properties = properties;
    }

    /** The delay after the given number of failed attempts (1 = the first). */
    Duration delayAfter(int failedAttempts) {
        Duration delay = properties.firstRetryDelay();
        for (int attempt = 1; attempt < failedAttempts && delay.compareTo(properties.retryDelayMax()) < 0; attempt++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(properties.retryDelayMax()) > 0 ? properties.retryDelayMax() : delay;
    }

    /** The next attempt after a failed one at {@code now}, or empty when the delivery is to be given up. */
    Optional<Instant> nextAttempt(Instant recordedAt, int failedAttempts, Instant now) {
        Instant giveUpAt = recordedAt.plus(properties.giveUpAfter());
        if (!now.isBefore(giveUpAt)) {
            return Optional.empty();
        }
        Instant next = now.plus(delayAfter(failedAttempts));
        return Optional.of(next.isAfter(giveUpAt) ? giveUpAt : next);
    }
}

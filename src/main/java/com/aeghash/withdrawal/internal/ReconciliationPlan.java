package com.aeghash.withdrawal.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The reconciliation schedule ({@code 5m,1h,1d} by default): entering {@code submitted} or {@code unknown}
 * schedules the first look-up; each look-up that learns nothing schedules the next; after the last one the
 * withdrawal waits for an operator.
 */
final class ReconciliationPlan {

    private final List<Duration> delays;

    ReconciliationPlan(List<Duration> delays) {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a reconciliation schedule needs at least one delay");
        }
        this.delays = List.copyOf(delays);
    }

    ReconciliationState onEntering(WithdrawalStatus status, ReconciliationState current, Instant now) {
        if (status.awaitsVendor()) {
            return new ReconciliationState(0, now.plus(delays.get(0)), false);
        }
        return new ReconciliationState(current.attempts(), null, false);
    }

    ReconciliationState afterFruitlessAttempt(ReconciliationState current, Instant now) {
        int attempts = current.attempts() + 1;
        if (attempts < delays.size()) {
            return new ReconciliationState(attempts, now.plus(delays.get(attempts)), false);
        }
        return new ReconciliationState(attempts, null, true);
    }
}

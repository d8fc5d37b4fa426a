package com.aeghash.idempotency.internal;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.Lifecycle.NoAction;
import com.aeghash.common.LifecycleState;

/**
 * Lifecycle of an idempotency key row:
 * <pre>
 *   (new) ─────────▶ IN_PROGRESS ──▶ COMPLETED        (first response stored, replayed from then on)
 *   (new) ─────────▶ FAILED_CONFLICT                   (same key, other payload: a row of its own, final)
 *   IN_PROGRESS ───▶ FAILED ───────▶ IN_PROGRESS      (a later retry with the same key is processed again)
 *   IN_PROGRESS ───▶ IN_PROGRESS                       (lease expired: a crashed attempt is taken over)
 * </pre>
 */
enum IdempotencyKeyStatus implements LifecycleState<IdempotencyKeyStatus> {
    IN_PROGRESS,
    COMPLETED,
    FAILED,
    FAILED_CONFLICT;

    private static final Lifecycle<IdempotencyKeyStatus, NoAction> LIFECYCLE = Lifecycle.of(
                    "idempotency key", IdempotencyKeyStatus.class)
            .startsIn(IN_PROGRESS, FAILED_CONFLICT)
            .allow(IN_PROGRESS, IN_PROGRESS, COMPLETED, FAILED)
            .allow(FAILED, IN_PROGRESS)
            .build();

    @Override
    public Lifecycle<IdempotencyKeyStatus, NoAction> lifecycle() {
        return LIFECYCLE;
    }

    /** True when a row may be created in this status. */
    boolean isInitial() {
        return LIFECYCLE.isInitial(this);
    }
}

package com.aeghash.partner.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Lifecycle of an idempotency key row, with its allowed transitions:
 * <pre>
 *   (new) ─────────▶ IN_PROGRESS ──▶ COMPLETED        (first response stored, replayed from then on)
 *   (new) ─────────▶ FAILED_CONFLICT                   (same key, other payload: a row of its own, final)
 *   IN_PROGRESS ───▶ FAILED ───────▶ IN_PROGRESS      (a later retry with the same key is processed again)
 *   IN_PROGRESS ───▶ IN_PROGRESS                       (lease expired: a crashed attempt is taken over)
 * </pre>
 */
enum IdempotencyKeyStatus {
    IN_PROGRESS, COMPLETED, FAILED, FAILED_CONFLICT;

    private static final Set<IdempotencyKeyStatus> INITIAL = EnumSet.of(IN_PROGRESS, FAILED_CONFLICT);
    private static final Map<IdempotencyKeyStatus, Set<IdempotencyKeyStatus>> ALLOWED = Map.of(
            IN_PROGRESS, EnumSet.of(IN_PROGRESS, COMPLETED, FAILED),
            COMPLETED, EnumSet.noneOf(IdempotencyKeyStatus.class),
            FAILED, EnumSet.of(IN_PROGRESS),
            FAILED_CONFLICT, EnumSet.noneOf(IdempotencyKeyStatus.class));

    /** True when a row may be created in this status. */
    boolean isInitial() {
        return INITIAL.contains(this);
    }

    boolean canMoveTo(IdempotencyKeyStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Asserts a transition before it is written; a violation is a bug, never a client error. */
    void requireMoveTo(IdempotencyKeyStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("idempotency key cannot move from " + this + " to " + next);
        }
    }
}

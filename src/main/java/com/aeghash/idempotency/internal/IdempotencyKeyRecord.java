package com.aeghash.idempotency.internal;

import java.time.Instant;

/**
 * One row of {@code idempotency_keys}. {@code primary} rows own the key (at most one per scope and key);
 * {@code FAILED_CONFLICT} rows record a conflicting attempt and point at the primary through
 * {@code conflictsWith}.
 */
record IdempotencyKeyRecord(
        long id,
        String scope,
        String idempotencyKey,
        boolean primary,
        String operation,
        String requestHash,
        IdempotencyKeyStatus status,
        int attempt,
        Integer responseStatus,
        String responseBody,
        Long conflictsWith,
        Instant lockedUntil,
        Instant expiresAt,
        Instant createdAt,
        Instant updatedAt) {

    boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    boolean isLeaseActiveAt(Instant now) {
        return status == IdempotencyKeyStatus.IN_PROGRESS && lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** What is stored for a new key: its scope, the operation and the payload's canonical hash. */
    record NewKey(String scope, String idempotencyKey, String operation, String requestHash, Instant expiresAt) {}
}

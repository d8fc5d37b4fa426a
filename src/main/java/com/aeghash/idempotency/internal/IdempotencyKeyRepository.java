package com.aeghash.idempotency.internal;

import com.aeghash.idempotency.internal.IdempotencyKeyRecord.NewKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Idempotency keys. Every state change is conditional on the state the caller read (status, attempt), so a
 * caller that lost the key to another attempt changes nothing and learns it from the {@code false} result.
 */
interface IdempotencyKeyRepository {

    /** Creates the primary row {@code IN_PROGRESS}, attempt 1; empty when the scope's key already has one. */
    OptionalLong insertClaim(NewKey key, Instant lockedUntil, Instant now);

    /** The primary row of the scope's key, locked until the transaction ends. */
    Optional<IdempotencyKeyRecord> findPrimaryForUpdate(String scope, String idempotencyKey);

    /** Deletes the row if it has expired (so the key can be claimed afresh). */
    boolean deleteIfExpired(long id, Instant now);

    /** {@code FAILED}, or {@code IN_PROGRESS} with an expired lease, to {@code IN_PROGRESS} at the next attempt. */
    boolean reclaim(long id, int attempt, Instant lockedUntil, Instant now);

    /** Records a conflicting attempt as a {@code FAILED_CONFLICT} row of its own; returns its id. */
    long insertConflict(NewKey key, long originalId, int responseStatus, String responseBody, Instant now);

    /** {@code IN_PROGRESS} at this attempt to {@code COMPLETED} with the response to replay. */
    boolean complete(long id, int attempt, int responseStatus, String responseBody, Instant now);

    /** {@code IN_PROGRESS} at this attempt to {@code FAILED} (a later retry processes the request again). */
    boolean fail(long id, int attempt, int responseStatus, String responseBody, Instant now);

    /** Deletes at most {@code limit} rows whose expiry has passed; returns how many. */
    int purgeExpired(Instant now, int limit);

    /** The primary row and every conflict row of the scope's key, oldest first. */
    List<IdempotencyKeyRecord> findByKey(String scope, String idempotencyKey);
}

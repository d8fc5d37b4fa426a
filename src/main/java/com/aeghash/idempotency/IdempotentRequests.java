package com.aeghash.idempotency;

import java.time.Instant;

/**
 * Runs requests at most once per scope and idempotency key, and remembers their first response for 24 hours:
 * <ul>
 *   <li>the key is claimed {@code IN_PROGRESS} in its own committed transaction before any work starts;</li>
 *   <li>the work and the stored response commit together, so a response exists exactly when the work committed;
 *       a rejection of the request (4xx) is its final response too;</li>
 *   <li>the same key and payload again: the first response, with {@code Idempotent-Replayed: true};</li>
 *   <li>the same key with another payload: 409 {@code idempotency_conflict}, recorded as a {@code FAILED_CONFLICT}
 *       row beside the intact original;</li>
 *   <li>while the first attempt runs: 409 {@code idempotency_in_progress} with {@code Retry-After};</li>
 *   <li>a transient failure (lock timeout, deadlock, lost connection) is retried; still failing, the key is left
 *       {@code FAILED} with a 503 and the caller's later retry is processed again;</li>
 *   <li>after 24 hours the key expires: used again, it is a new request.</li>
 * </ul>
 */
public interface IdempotentRequests {

    /** The request's response: the work's, or the stored one replayed, or a 409 or 503 problem. */
    IdempotentResponse execute(IdempotentRequest request, Work work);

    /** Deletes the keys expired at {@code now}; returns how many rows went (the scheduled purge calls it). */
    int purgeExpired(Instant now);

    /** The work of a request, run inside the transaction that stores its response. */
    @FunctionalInterface
    interface Work {

        /**
         * @param recordId identifies this use of the key, for ever (a key used again after it expired gets a new
         *                 one): an effect that needs a unique reference of its own derives it from this id, never
         *                 from the key, so that a key reused after its expiry is a new request at every level
         */
        IdempotentResponse run(long recordId);
    }
}

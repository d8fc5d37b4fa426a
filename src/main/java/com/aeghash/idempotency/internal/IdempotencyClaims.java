package com.aeghash.idempotency.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.idempotency.IdempotentRequest;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.idempotency.internal.IdempotencyKeyRecord.NewKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Claims an idempotency key <em>in its own committed transaction</em> (for a new key: one auto-committed insert)
 * before any work starts, so a concurrent
 * duplicate already sees {@code IN_PROGRESS}. The claim is one of: claimed (process it), replay the stored
 * response, conflict (recorded as a {@code FAILED_CONFLICT} row), or still in progress.
 */
@Component
class IdempotencyClaims {

    /** Rounds of claim-or-read; a round only repeats when a concurrent claim or purge moved the row. */
    private static final int CLAIM_ROUNDS_MAX = 4;

    static final int IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

    /** What to do with a request after its key was claimed or read. */
    record Claim(Kind kind, long keyId, int attempt, IdempotentResponse response) {

        enum Kind {
            CLAIMED,
            REPLAY,
            CONFLICT,
            IN_PROGRESS
        }

        static Claim claimed(long keyId, int attempt) {
            return new Claim(Kind.CLAIMED, keyId, attempt, null);
        }

        static Claim responded(Kind kind, long keyId, IdempotentResponse response) {
            return new Claim(kind, keyId, 0, response);
        }
    }

    private final IdempotencyKeyRepository keys;
    private final UnitOfWork unitOfWork;
    private final IdempotentResponses responses;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyClaims(
            IdempotencyKeyRepository keys,
            UnitOfWork unitOfWork,
            IdempotentResponses responses,
            IdempotencyProperties properties,
            Clock clock) {
        this.keys = keys;
        this.unitOfWork = unitOfWork;
        this.responses = responses;
        this.properties = properties;
        this.clock = clock;
    }

    Claim claim(IdempotentRequest request) {
        Optional<Claim> first = claimFresh(request);
        if (first.isPresent()) {
            return first.get();
        }
        for (int round = 0; round < CLAIM_ROUNDS_MAX; round++) {
            try {
                Optional<Claim> claim = unitOfWork.inNewTransaction(() -> claimOnce(request));
                if (claim.isPresent()) {
                    return claim.get();
                }
            } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
                // another attempt inserted or changed the same key at the same moment: read it again
            }
        }
        throw new IllegalStateException(
                "idempotency key of " + request.scope() + " could not be claimed in " + CLAIM_ROUNDS_MAX + " rounds");
    }

    /**
     * The common case, a key not seen before: its claim is the single {@code INSERT ... ON CONFLICT DO NOTHING} of
     * {@link #claimOnce}, committed on its own (auto-commit: one round trip, no transaction opened and committed around
     * it), exactly as committed as the transaction would have made it. Empty when the key exists (or when a caller's
     * transaction is active, which the claim must not join): the rounds below read it under a lock.
     */
    private Optional<Claim> claimFresh(IdempotentRequest request) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return Optional.empty();
        }
        try {
            return insertNew(request, clock.instant());
        } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
            return Optional.empty(); // read it again in the rounds below
        }
    }

    /** The key's row as a new claim ({@code INSERT ... ON CONFLICT DO NOTHING}); empty when the key exists. */
    private Optional<Claim> insertNew(IdempotentRequest request, Instant now) {
        OptionalLong inserted = keys.insertClaim(
                newKey(request, now.plus(properties.ttl())), now.plus(properties.inProgressLease()), now);
        return inserted.isPresent() ? Optional.of(Claim.claimed(inserted.getAsLong(), 1)) : Optional.empty();
    }

    /** One round; empty when the row vanished or expired under us and the next round must start afresh. */
    private Optional<Claim> claimOnce(IdempotentRequest request) {
        Instant now = clock.instant();
        Optional<Claim> fresh = insertNew(request, now);
        if (fresh.isPresent()) {
            return fresh;
        }
        Optional<IdempotencyKeyRecord> existing = keys.findPrimaryForUpdate(request.scope(), request.idempotencyKey());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        IdempotencyKeyRecord row = existing.get();
        if (row.isExpiredAt(now)) {
            // an expired key is free: its next use is a new request with a new row (and a new record id)
            keys.deleteIfExpired(row.id(), now);
            return Optional.empty();
        }
        if (!row.requestHash().equals(request.requestHash())) {
            return Optional.of(conflict(request, row, now));
        }
        return Optional.of(
                switch (row.status()) {
                    case COMPLETED ->
                        Claim.responded(
                                Claim.Kind.REPLAY,
                                row.id(),
                                IdempotentResponse.of(row.responseStatus(), row.responseBody())
                                        .asReplay());
                    case IN_PROGRESS -> row.isLeaseActiveAt(now) ? inProgress(request, row) : reclaim(row, now);
                    case FAILED -> reclaim(row, now);
                    case FAILED_CONFLICT ->
                        throw new IllegalStateException("a FAILED_CONFLICT row is never a primary row");
                });
    }

    private Claim conflict(IdempotentRequest request, IdempotencyKeyRecord original, Instant now) {
        IdempotentResponse response = responses.problem(
                HttpStatus.CONFLICT,
                "idempotency_conflict",
                "Idempotency-Key was already used with a different payload",
                request.path());
        // the conflict row expires with the original, so the key becomes free for every attempt at once
        long conflictId = keys.insertConflict(
                newKey(request, original.expiresAt()), original.id(), response.status(), response.body(), now);
        return Claim.responded(Claim.Kind.CONFLICT, conflictId, response);
    }

    private Claim inProgress(IdempotentRequest request, IdempotencyKeyRecord row) {
        IdempotentResponse response = responses.problem(
                HttpStatus.CONFLICT,
                "idempotency_in_progress",
                "a request with this Idempotency-Key is still being processed; retry later",
                request.path());
        return Claim.responded(Claim.Kind.IN_PROGRESS, row.id(), response.retryAfter(IN_PROGRESS_RETRY_AFTER_SECONDS));
    }

    private Claim reclaim(IdempotencyKeyRecord row, Instant now) {
        row.status().moveTo(IdempotencyKeyStatus.IN_PROGRESS);
        if (!keys.reclaim(row.id(), row.attempt(), now.plus(properties.inProgressLease()), now)) {
            throw new ConcurrencyFailureException("idempotency key " + row.id() + " changed while locked");
        }
        return Claim.claimed(row.id(), row.attempt() + 1);
    }

    private static NewKey newKey(IdempotentRequest request, Instant expiresAt) {
        return new NewKey(
                request.scope(), request.idempotencyKey(), request.operation(), request.requestHash(), expiresAt);
    }
}

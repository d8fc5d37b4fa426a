package com.aeghash.idempotency.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.idempotency.IdempotentRequest;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.idempotency.internal.IdempotencyClaims.Claim;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * {@link IdempotentRequests}:
 * <ol>
 *   <li>claim the key in its own committed transaction ({@link IdempotencyClaims}); a replay, conflict or
 *       in-progress response ends here;</li>
 *   <li>run the work and complete the key <em>in one transaction</em>, so the stored response exists exactly when
 *       the work committed;</li>
 *   <li>a transient failure is retried ({@code aeghash.idempotency.retries}, exponential backoff, resilience4j);
 *       still failing, the key is left {@code FAILED} and the response is 503: the caller's later retry with the
 *       same key is processed again;</li>
 *   <li>a rejection of the request (4xx) is the request's final response: stored and replayed like a success.</li>
 * </ol>
 */
@Service
class IdempotentRequestsService implements IdempotentRequests {

    private static final Logger log = LoggerFactory.getLogger(IdempotentRequestsService.class);
    static final int UNAVAILABLE_RETRY_AFTER_SECONDS = 5;
    static final int PURGE_CHUNK_ROWS = 1000;
    /** Bound per purge: a backlog larger than this is finished by the next runs. */
    static final int PURGE_CHUNKS_MAX = 1000;

    private final IdempotencyClaims claims;
    private final IdempotencyKeyRepository keys;
    private final UnitOfWork unitOfWork;
    private final IdempotentResponses responses;
    private final Notifier notifier;
    private final Clock clock;
    private final Retry retry;

    IdempotentRequestsService(
            IdempotencyClaims claims,
            IdempotencyKeyRepository keys,
            UnitOfWork unitOfWork,
            IdempotentResponses responses,
            Notifier notifier,
            Clock clock,
            IdempotencyProperties properties) {
        this.claims = claims;
        this.keys = keys;
        this.unitOfWork = unitOfWork;
        this.responses = responses;
        this.notifier = notifier;
        this.clock = clock;
        this.retry = Retry.of(
                "idempotent-requests",
                RetryConfig.custom()
                        .maxAttempts(properties.retries() + 1)
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryBackoff(), 2.0))
                        .retryOnException(TransientFailures::isTransient)
                        .build());
    }

    @Override
    public IdempotentResponse execute(IdempotentRequest request, Work work) {
        Claim claim = claims.claim(request);
        if (claim.kind() != Claim.Kind.CLAIMED) {
            return claim.response();
        }
        return process(request, claim, work);
    }

    /** In chunks of {@value #PURGE_CHUNK_ROWS} rows, each its own transaction, at most {@value #PURGE_CHUNKS_MAX}. */
    @Override
    public int purgeExpired(Instant now) {
        int total = 0;
        for (int round = 0; round < PURGE_CHUNKS_MAX; round++) {
            int deleted = unitOfWork.inNewTransaction(() -> keys.purgeExpired(now, PURGE_CHUNK_ROWS));
            total += deleted;
            if (deleted < PURGE_CHUNK_ROWS) {
                break;
            }
        }
        return total;
    }

    private IdempotentResponse process(IdempotentRequest request, Claim claim, Work work) {
        try {
            return Retry.decorateSupplier(
                            retry,
                            () -> unitOfWork.inNewTransaction(() -> {
                                IdempotentResponse response = work.run(claim.keyId());
                                completeOrThrow(claim, response);
                                return response;
                            }))
                    .get();
        } catch (LostClaimException lost) {
            return responses
                    .problem(
                            HttpStatus.CONFLICT,
                            "idempotency_in_progress",
                            "another attempt with this Idempotency-Key took over; retry later",
                            request.path())
                    .retryAfter(IdempotencyClaims.IN_PROGRESS_RETRY_AFTER_SECONDS);
        } catch (ApiException rejected) {
            return rejected(request, claim, rejected);
        } catch (RuntimeException failure) {
            if (!TransientFailures.isTransient(failure)) {
                markFailed(
                        claim,
                        responses.problem(
                                HttpStatus.INTERNAL_SERVER_ERROR,
                                "internal_error",
                                "unexpected error",
                                request.path()));
                throw failure;
            }
            return exhausted(request, claim, failure);
        }
    }

    /** A 4xx is the request's final response (stored, replayed); a 5xx leaves the key to a later retry. */
    private IdempotentResponse rejected(IdempotentRequest request, Claim claim, ApiException rejected) {
        IdempotentResponse response = responses.problem(rejected, request.path());
        if (rejected.status().is4xxClientError()) {
            unitOfWork.inNewTransaction(() -> {
                Instant now = clock.instant();
                if (!keys.complete(claim.keyId(), claim.attempt(), response.status(), response.body(), now)) {
                    log.warn("idempotency key {} was taken over before its rejection could be stored", claim.keyId());
                }
            });
        } else {
            markFailed(claim, response);
        }
        return response;
    }

    private IdempotentResponse exhausted(IdempotentRequest request, Claim claim, RuntimeException failure) {
        int attempts = retry.getRetryConfig().getMaxAttempts();
        log.warn(
                "{} {} failed after {} attempts: {}",
                request.scope(),
                request.operation(),
                attempts,
                failure.toString());
        IdempotentResponse response = responses
                .problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "temporarily_unavailable",
                        "the request could not be processed now; retry later with the same Idempotency-Key",
                        request.path())
                .retryAfter(UNAVAILABLE_RETRY_AFTER_SECONDS);
        markFailed(claim, response);
        try {
            notifier.alertIndependently(Alert.warning(
                    "idempotency",
                    "Request failed after retries",
                    request.scope() + " " + request.operation() + " failed " + attempts + " times; the key is FAILED",
                    Map.of(
                            "scope",
                            request.scope(),
                            "operation",
                            request.operation(),
                            "idempotencyKey",
                            request.idempotencyKey(),
                            "failure",
                            failure.getClass().getSimpleName())));
        } catch (RuntimeException alertFailed) {
            log.error("could not record the alert for a request that failed after retries", alertFailed);
        }
        return response;
    }

    private void completeOrThrow(Claim claim, IdempotentResponse response) {
        if (!keys.complete(claim.keyId(), claim.attempt(), response.status(), response.body(), clock.instant())) {
            throw new LostClaimException(); // rolls the work back: the current owner of the key decides
        }
    }

    private void markFailed(Claim claim, IdempotentResponse response) {
        try {
            unitOfWork.inNewTransaction(() ->
                    keys.fail(claim.keyId(), claim.attempt(), response.status(), response.body(), clock.instant()));
        } catch (RuntimeException unreachable) {
            // the lease runs out instead, after which a retry takes the key over
            log.error("could not mark idempotency key {} FAILED", claim.keyId(), unreachable);
        }
    }

    /** The key was taken over by another attempt after this one's lease expired. */
    private static final class LostClaimException extends RuntimeException {
        LostClaimException() {
            super("idempotency key lost to another attempt", null, false, false);
        }
    }
}

package com.aeghash.partner.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.partner.internal.IdempotencyClaims.Claim;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Runs a partner request under its idempotency key:
 * <ol>
 *   <li>claim the key in its own committed transaction ({@link IdempotencyClaims}); a replay, conflict or
 *       in-progress answer ends here;</li>
 *   <li>run the business work and complete the key <em>in one transaction</em>, so the stored answer exists
 *       exactly when the work committed;</li>
 *   <li>a transient failure is retried ({@code aeghash.partner.retries}, exponential backoff, resilience4j);
 *       still failing, the key is left {@code FAILED} and the answer is 503: the partner's later retry with the
 *       same key is processed again;</li>
 *   <li>a rejection of the request (4xx) is the request's final answer: stored and replayed like a success.</li>
 * </ol>
 */
@Component
class IdempotentExecutor {

    private static final Logger log = LoggerFactory.getLogger(IdempotentExecutor.class);
    static final int UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

    private final IdempotencyClaims claims;
    private final IdempotencyKeyRepository keys;
    private final UnitOfWork unitOfWork;
    private final PartnerProblems problems;
    private final Notifier notifier;
    private final Clock clock;
    private final Retry retry;

    IdempotentExecutor(IdempotencyClaims claims, IdempotencyKeyRepository keys, UnitOfWork unitOfWork,
            PartnerProblems problems, Notifier notifier, Clock clock, PartnerProperties properties) {
        this.claims = claims;
        this.keys = keys;
        this.unitOfWork = unitOfWork;
        this.problems = problems;
        this.notifier = notifier;
        this.clock = clock;
        this.retry = Retry.of("partner-pipeline", RetryConfig.custom()
                .maxAttempts(properties.retries() + 1)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryBackoff(), 2.0))
                .retryOnException(TransientFailures::isTransient)
                .build());
    }

    PartnerResponse execute(IdempotentRequest request, Supplier<PartnerResponse> work) {
        Claim claim = claims.claim(request);
        if (claim.kind() != Claim.Kind.CLAIMED) {
            return claim.response();
        }
        return process(request, claim, work);
    }

    private PartnerResponse process(IdempotentRequest request, Claim claim, Supplier<PartnerResponse> work) {
        try {
            return Retry.decorateSupplier(retry, () -> unitOfWork.inNewTransaction(() -> {
                PartnerResponse response = work.get();
                completeOrThrow(claim, response);
                return response;
            })).get();
        } catch (LostClaimException lost) {
            return problems.of(HttpStatus.CONFLICT, "idempotency_in_progress",
                    "another attempt with this Idempotency-Key took over; retry later", request.path())
                    .retryAfter(IdempotencyClaims.IN_PROGRESS_RETRY_AFTER_SECONDS);
        } catch (ApiException rejected) {
            return rejected(request, claim, rejected);
        } catch (RuntimeException failure) {
            if (!TransientFailures.isTransient(failure)) {
                markFailed(claim, problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                        "unexpected error", request.path()));
                throw failure;
            }
            return exhausted(request, claim, failure);
        }
    }

    /** A 4xx is the request's final answer (stored, replayed); a 5xx leaves the key to a later retry. */
    private PartnerResponse rejected(IdempotentRequest request, Claim claim, ApiException rejected) {
        PartnerResponse response = problems.of(rejected, request.path());
        if (rejected.status().is4xxClientError()) {
            unitOfWork.inNewTransaction(() -> {
                if (!keys.complete(claim.keyId(), claim.attempt(), response.status(), response.body(), clock.instant())) {
                    log.warn("idempotency key {} was taken over before its rejection could be stored", claim.keyId());
                }
            });
        } else {
            markFailed(claim, response);
        }
        return response;
    }

    private PartnerResponse exhausted(IdempotentRequest request, Claim claim, RuntimeException failure) {
        log.warn("partner {} {} failed after {} attempts: {}", request.partnerId(), request.operation(),
                retry.getRetryConfig().getMaxAttempts(), failure.toString());
        PartnerResponse response = problems.of(HttpStatus.SERVICE_UNAVAILABLE, "temporarily_unavailable",
                "the request could not be processed now; retry later with the same Idempotency-Key", request.path())
                .retryAfter(UNAVAILABLE_RETRY_AFTER_SECONDS);
        markFailed(claim, response);
        try {
            notifier.alertIndependently(Alert.warning("partner", "Partner request failed after retries",
                    "partner " + request.partnerId() + " " + request.operation() + " failed "
                            + retry.getRetryConfig().getMaxAttempts() + " times; the key is FAILED",
                    Map.of("partner", request.partnerId(), "operation", request.operation(),
                            "idempotencyKey", request.idempotencyKey(), "failure", failure.getClass().getSimpleName())));
        } catch (RuntimeException alertFailed) {
            log.error("could not record the alert for a failed partner request", alertFailed);
        }
        return response;
    }

    private void completeOrThrow(Claim claim, PartnerResponse response) {
        if (!keys.complete(claim.keyId(), claim.attempt(), response.status(), response.body(), clock.instant())) {
            throw new LostClaimException(); // rolls the business work back: the current owner of the key decides
        }
    }

    private void markFailed(Claim claim, PartnerResponse response) {
        try {
            unitOfWork.inNewTransaction(() -> keys.fail(claim.keyId(), claim.attempt(), response.status(),
                    response.body(), clock.instant()));
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

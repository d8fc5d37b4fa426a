package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.partner.internal.IdempotencyClaims.Claim;
import com.aeghash.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The claim decisions and the executor's ownership rule, on the in-memory repository with a movable clock. */
class IdempotencyClaimsTest {

    private final MutableClock clock = new MutableClock(
            Instant.parse("2026-11-26T10:00:00Z"));
    private final InMemoryIdempotencyKeyRepository keys = new InMemoryIdempotencyKeyRepository();
    private final IdempotencyClaims claims = new IdempotencyClaims(keys, UnitTestSupport.unitOfWork(),
            UnitTestSupport.problems(), UnitTestSupport.properties(), clock);

    @Test
    void firstUseClaimsTheKeyAndACompletedKeyIsReplayed() {
        Claim first = claims.claim(request("hash-a"));
        keys.complete(first.keyId(), first.attempt(), 201, "{\"ok\":true}", clock.instant());

        Claim again = claims.claim(request("hash-a"));

        assertThat(first.kind()).isEqualTo(Claim.Kind.CLAIMED);
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(again.kind()).isEqualTo(Claim.Kind.REPLAY);
        assertThat(again.response()).isEqualTo(new PartnerResponse(201, "{\"ok\":true}", true, null));
    }

    @Test
    void anotherPayloadIsAConflictRowOfItsOwn() {
        Claim first = claims.claim(request("hash-a"));

        Claim conflict = claims.claim(request("hash-b"));

        assertThat(conflict.kind()).isEqualTo(Claim.Kind.CONFLICT);
        assertThat(conflict.response().status()).isEqualTo(409);
        assertThat(keys.findByKey("shop", "key-00000001")).extracting(IdempotencyKeyRecord::status)
                .containsExactly(IdempotencyKeyStatus.IN_PROGRESS, IdempotencyKeyStatus.FAILED_CONFLICT);
        assertThat(keys.findByKey("shop", "key-00000001").get(1).conflictsWith()).isEqualTo(first.keyId());
    }

    @Test
    void aRunningKeyIsInProgressUntilItsLeaseExpiresThenTakenOver() {
        claims.claim(request("hash-a"));

        Claim running = claims.claim(request("hash-a"));
        clock.advance(Duration.ofSeconds(61));
        Claim takenOver = claims.claim(request("hash-a"));

        assertThat(running.kind()).isEqualTo(Claim.Kind.IN_PROGRESS);
        assertThat(running.response().retryAfterSeconds()).isEqualTo(1);
        assertThat(takenOver.kind()).isEqualTo(Claim.Kind.CLAIMED);
        assertThat(takenOver.attempt()).isEqualTo(2);
    }

    @Test
    void aFailedKeyIsClaimedAgainAtTheNextAttempt() {
        Claim first = claims.claim(request("hash-a"));
        keys.fail(first.keyId(), first.attempt(), 503, "{}", clock.instant());

        Claim retry = claims.claim(request("hash-a"));

        assertThat(retry.kind()).isEqualTo(Claim.Kind.CLAIMED);
        assertThat(retry.attempt()).isEqualTo(2);
    }

    @Test
    void anExpiredKeyMayBeUsedAgainEvenBeforeThePurge() {
        Claim first = claims.claim(request("hash-a"));
        keys.complete(first.keyId(), first.attempt(), 201, "{}", clock.instant());
        clock.advance(Duration.ofHours(24));

        Claim reused = claims.claim(request("hash-b"));

        assertThat(reused.kind()).isEqualTo(Claim.Kind.CLAIMED);
        assertThat(reused.keyId()).isNotEqualTo(first.keyId());
        assertThat(keys.findByKey("shop", "key-00000001")).hasSize(1);
    }

    @Test
    void anAttemptWhoseKeyWasTakenOverStoresNothingAndIsToldSo() {
        IdempotentExecutor executor = new IdempotentExecutor(claims, keys, UnitTestSupport.unitOfWork(),
                UnitTestSupport.problems(), new IgnoringNotifier(), clock, UnitTestSupport.properties());
        AtomicReference<Claim> takeover = new AtomicReference<>();

        PartnerResponse response = executor.execute(request("hash-a"), () -> {
            clock.advance(Duration.ofSeconds(61));
            takeover.set(claims.claim(request("hash-a")));
            return PartnerResponse.of(201, "{\"slow\":true}");
        });

        assertThat(takeover.get().attempt()).isEqualTo(2);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).contains("idempotency_in_progress");
        IdempotencyKeyRecord row = keys.findByKey("shop", "key-00000001").get(0);
        assertThat(row.status()).isEqualTo(IdempotencyKeyStatus.IN_PROGRESS);
        assertThat(row.responseBody()).isNull();
    }

    private static IdempotentRequest request(String hash) {
        return new IdempotentRequest("shop", "key-00000001", "orders.create", hash, "/api/aegmall/v1/orders");
    }

    /** The claims under test raise no alert worth checking here. */
    private static final class IgnoringNotifier implements Notifier {
        @Override
        public void alert(Alert alert) {
        }

        @Override
        public void alertIndependently(Alert alert) {
        }
    }
}

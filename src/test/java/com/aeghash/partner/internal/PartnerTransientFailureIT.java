package com.aeghash.partner.internal;

import static com.aeghash.partner.internal.PartnerIdempotencyIT.bonusEntries;
import static com.aeghash.partner.internal.PartnerIdempotencyIT.creditsQueued;
import static com.aeghash.partner.internal.PartnerIdempotencyIT.order;
import static com.aeghash.partner.internal.PartnerIdempotencyIT.reference;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusCredits;
import com.aeghash.ledger.Asset;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;

/**
 * The Idempotency-Key cases that need a failure injected into the real bonus engine
 * ({@link FaultInjectingBonusService}): a key still in progress, a transient failure retried, and a failure that
 * outlasts the retries (key {@code FAILED}, 503) followed by the partner's successful retry with the same key.
 */
@IntegrationTest
@WithBonusEngineFaults
class PartnerTransientFailureIT extends PartnerApiTest {

    @Autowired
    private BonusCredits credits;

    @Autowired
    private FaultInjectingBonusService bonus;

    @Test
    void keyStillInProgressGetsA409WithRetryAfter() throws Exception {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        String body = order(orderId, members.buyer().memberId());
        FaultInjectingBonusService.Gate gate = bonus.holdAt(reference(orderId));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> send(body, key));
        gate.awaitEntered();

        HttpResponse<String> duplicate = send(body, key);
        gate.open();

        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(code(duplicate)).isEqualTo("idempotency_in_progress");
        assertThat(duplicate.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(first.get().statusCode()).isEqualTo(201);
        assertThat(send(body, key).headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(bonus.distributeCallsFor(reference(orderId))).isEqualTo(1);
        assertThat(bonusEntries(jdbc, orderId)).isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
    }

    @Test
    void transientFailureIsRetriedAndSucceeds() {
        String orderId = TestIds.unique("o");
        PartnerMembers.Buyer buyer = members.buyer();
        bonus.failNext(reference(orderId), 2, () -> new CannotAcquireLockException("lock timeout (test)"));

        HttpResponse<String> response = send(order(orderId, buyer.memberId()), TestIds.unique("idem"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(bonus.distributeCallsFor(reference(orderId))).isEqualTo(3);
        assertThat(ordersStored(orderId)).isEqualTo(1);
        assertThat(bonusEntries(jdbc, orderId)).isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
        assertThat(creditsQueued(jdbc, orderId)).isEqualTo(1);
        credits.postOutstanding();
        assertThat(ledger.balancesOf(buyer.upline(1)).of(Asset.POINT).pending()).isEqualByComparingTo("31");
    }

    @Test
    void persistentTransientFailureLeavesTheKeyFailedWith503AndALaterRetryIsProcessed() {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        PartnerMembers.Buyer buyer = members.buyer();
        String body = order(orderId, buyer.memberId());
        bonus.failNext(reference(orderId), 4, () -> new CannotAcquireLockException("lock timeout (test)"));

        HttpResponse<String> failed = send(body, key);

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(code(failed)).isEqualTo("temporarily_unavailable");
        assertThat(failed.headers().firstValue("Retry-After")).isPresent();
        assertThat(bonus.distributeCallsFor(reference(orderId))).isEqualTo(4);
        assertThat(keyStatus(key)).isEqualTo("FAILED:1");
        assertThat(ordersStored(orderId)).isZero();
        assertThat(bonusEntries(jdbc, orderId)).isZero();
        assertThat(ledger.balancesOf(buyer.upline(1)).of(Asset.POINT).pending()).isZero();

        HttpResponse<String> retried = send(body, key);

        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(keyStatus(key)).isEqualTo("COMPLETED:2");
        assertThat(ordersStored(orderId)).isEqualTo(1);
        assertThat(bonusEntries(jdbc, orderId)).isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
        assertThat(creditsQueued(jdbc, orderId)).isEqualTo(1);
        credits.postOutstanding();
        assertThat(ledger.balancesOf(buyer.upline(1)).of(Asset.POINT).pending()).isEqualByComparingTo("31");
    }
}

package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusCredits;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.ledger.Asset;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Idempotency-Key cases of the partner API through HTTP, on the real bonus engine and organization. The cases
 * that need an injected failure (in progress, transient failure and retry) are in {@link PartnerTransientFailureIT}.
 */
@IntegrationTest
@WithTestPartners
class PartnerIdempotencyIT extends PartnerApiTest {

    @Autowired
    private BonusCredits credits;

    @Autowired
    private IdempotentRequests idempotency;

    @Test
    void missingOrMalformedKeyIsRefusedBeforeAnythingHappens() {
        String orderId = TestIds.unique("o");
        String buyer = members.buyer().memberId();
        HttpResponse<String> absent = send(order(orderId, buyer), null);
        HttpResponse<String> tooShort = send(order(orderId, buyer), "short");
        HttpResponse<String> tooLong = send(order(orderId, buyer), "k".repeat(256));

        for (HttpResponse<String> response : List.of(absent, tooShort, tooLong)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(code(response)).isEqualTo("idempotency_key_missing");
        }
        assertThat(ordersStored(orderId)).isZero();
        assertThat(bonusEntries(orderId)).isZero();
    }

    @Test
    void sameKeyAndPayloadReplaysTheFirstResponseWithoutProcessingTwice() {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        PartnerMembers.Buyer buyer = members.buyer();
        String body = order(orderId, buyer.memberId());

        HttpResponse<String> first = send(body, key);
        HttpResponse<String> second = send(body, key);
        HttpResponse<String> reformatted = send(json.readTree(body).toPrettyString(), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        for (HttpResponse<String> replay : List.of(second, reformatted)) {
            assertThat(replay.statusCode()).isEqualTo(201);
            assertThat(replay.body()).isEqualTo(first.body());
            assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        }
        assertThat(ordersStored(orderId)).isEqualTo(1);
        assertThat(bonusEntries(orderId)).isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
        assertThat(creditsQueued(orderId)).isEqualTo(1);
        credits.postOutstanding();
        assertThat(ledger.balancesOf(buyer.upline(1)).of(Asset.POINT).pending()).isEqualByComparingTo("31");
    }

    @Test
    void sameKeyWithAnotherPayloadIsAConflictRecordedBesideTheIntactOriginal() {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        String member = members.buyer().memberId();
        HttpResponse<String> first = send(order(orderId, member), key);

        HttpResponse<String> conflicting = send(order(TestIds.unique("o"), member), key);
        HttpResponse<String> originalAgain = send(order(orderId, member), key);

        assertThat(conflicting.statusCode()).isEqualTo(409);
        assertThat(code(conflicting)).isEqualTo("idempotency_conflict");
        assertThat(originalAgain.statusCode()).isEqualTo(201);
        assertThat(originalAgain.body()).isEqualTo(first.body());
        List<String> rows = jdbc.sql("SELECT status || ':' || COALESCE(response_status, 0) FROM idempotency_keys"
                        + " WHERE scope = 'partner:shop' AND idempotency_key = :key ORDER BY id")
                .param("key", key)
                .query(String.class)
                .list();
        assertThat(rows).containsExactly("COMPLETED:201", "FAILED_CONFLICT:409");
    }

    @Test
    void rejectionByTheBusinessRulesIsStoredAndReplayed() {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        String body = order(orderId, TestIds.member());

        HttpResponse<String> first = send(body, key);
        HttpResponse<String> replay = send(body, key);

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(code(first)).isEqualTo("unknown_member");
        assertThat(replay.statusCode()).isEqualTo(422);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(keyStatus(key)).isEqualTo("COMPLETED:1");
        assertThat(ordersStored(orderId)).isZero();
        assertThat(bonusEntries(orderId)).isZero();
    }

    @Test
    void expiredKeysArePurgedAndTheKeyMayThenBeUsedAgain() {
        String key = TestIds.unique("idem");
        String member = members.buyer().memberId();
        assertThat(send(order(TestIds.unique("o"), member), key).statusCode()).isEqualTo(201);
        assertThat(send(order(TestIds.unique("o"), member), key).statusCode()).isEqualTo(409);

        int purged = idempotency.purgeExpired(Instant.now().plus(Duration.ofHours(25)));
        HttpResponse<String> reused = send(order(TestIds.unique("o"), member), key);

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(reused.statusCode()).isEqualTo(201);
        assertThat(reused.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(keyStatus(key)).isEqualTo("COMPLETED:1");
    }

    static long bonusEntries(JdbcClient jdbc, String orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM bonus_entries WHERE order_reference = :reference")
                .param("reference", reference(orderId))
                .query(Long.class)
                .single();
    }

    /** The real engine queues the order's credits once (posted later, aggregated with other orders'). */
    static long creditsQueued(JdbcClient jdbc, String orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM bonus_credit_queue WHERE order_reference = :reference")
                .param("reference", reference(orderId))
                .query(Long.class)
                .single();
    }

    private long bonusEntries(String orderId) {
        return bonusEntries(jdbc, orderId);
    }

    private long creditsQueued(String orderId) {
        return creditsQueued(jdbc, orderId);
    }

    static String reference(String orderId) {
        return "shop:" + orderId;
    }

    static String order(String orderId, String member) {
        return "{\"orderId\":\"" + orderId + "\",\"memberId\":\"" + member + "\",\"totalAmount\":\"120.00\","
                + "\"pvAmount\":\"100\",\"channel\":\"web\",\"metadata\":{\"sku\":\"HP-1\"}}";
    }
}

package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Every Idempotency-Key case of the partner API, through HTTP, with the fake bonus engine. */
@IntegrationTest
@WithTestPartners
class PartnerIdempotencyIT {

    private static final String ORDERS = "/api/aegmall/v1/orders";

    @LocalServerPort
    private int port;
    @Autowired
    private FakeBonusService bonus;
    @Autowired
    private PartnerHousekeepingJob housekeeping;
    @Autowired
    private Ledger ledger;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JsonMapper json;
    private PartnerClient client;

    @BeforeEach
    void setUp() {
        client = new PartnerClient(port);
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void missingOrMalformedKeyIsRefusedBeforeAnythingHappens() {
        String orderId = TestIds.unique("o");
        HttpResponse<String> absent = send(order(orderId, TestIds.member()), null);
        HttpResponse<String> tooShort = send(order(orderId, TestIds.member()), "short");
        HttpResponse<String> tooLong = send(order(orderId, TestIds.member()), "k".repeat(256));

        for (HttpResponse<String> response : List.of(absent, tooShort, tooLong)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(code(response)).isEqualTo("idempotency_key_missing");
        }
        assertThat(bonus.distributeCallsFor(reference(orderId))).isZero();
    }

    @Test
    void sameKeyAndPayloadReplaysTheFirstAnswerWithoutProcessingTwice() {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        String body = order(orderId, TestIds.member());

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
        assertThat(bonus.distributeCallsFor(reference(orderId))).isEqualTo(1);
        assertThat(ordersStored(orderId)).isEqualTo(1);
        assertThat(bonusEntriesInLedger(orderId)).isEqualTo(FakeBonusService.ENTRIES_PER_ORDER);
    }

    @Test
    void sameKeyWithAnotherPayloadIsAConflictRecordedBesideTheIntactOriginal() {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        String member = TestIds.member();
        HttpResponse<String> first = send(order(orderId, member), key);

        HttpResponse<String> conflicting = send(order(TestIds.unique("o"), member), key);
        HttpResponse<String> originalAgain = send(order(orderId, member), key);

        assertThat(conflicting.statusCode()).isEqualTo(409);
        assertThat(code(conflicting)).isEqualTo("idempotency_conflict");
        assertThat(originalAgain.statusCode()).isEqualTo(201);
        assertThat(originalAgain.body()).isEqualTo(first.body());
        List<String> rows = jdbc.sql("SELECT status || ':' || COALESCE(response_status, 0) FROM idempotency_keys"
                + " WHERE partner_id = 'shop' AND idempotency_key = :key ORDER BY id")
                .param("key", key).query(String.class).list();
        assertThat(rows).containsExactly("COMPLETED:201", "FAILED_CONFLICT:409");
    }

    @Test
    void keyStillInProgressIsAnswered409WithRetryAfter() throws Exception {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        String body = order(orderId, TestIds.member());
        FakeBonusService.Gate gate = bonus.holdAt(reference(orderId));
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
    }

    @Test
    void transientFailureIsRetriedAndSucceeds() {
        String orderId = TestIds.unique("o");
        bonus.failNext(reference(orderId), 2, () -> new CannotAcquireLockException("lock timeout (test)"));

        HttpResponse<String> response = send(order(orderId, TestIds.member()), TestIds.unique("idem"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(bonus.distributeCallsFor(reference(orderId))).isEqualTo(3);
        assertThat(ordersStored(orderId)).isEqualTo(1);
        assertThat(bonusEntriesInLedger(orderId)).isEqualTo(FakeBonusService.ENTRIES_PER_ORDER);
    }

    @Test
    void persistentTransientFailureLeavesTheKeyFailedWith503AndALaterRetryIsProcessed() {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        String body = order(orderId, TestIds.member());
        bonus.failNext(reference(orderId), 4, () -> new CannotAcquireLockException("lock timeout (test)"));

        HttpResponse<String> failed = send(body, key);

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(code(failed)).isEqualTo("temporarily_unavailable");
        assertThat(failed.headers().firstValue("Retry-After")).isPresent();
        assertThat(bonus.distributeCallsFor(reference(orderId))).isEqualTo(4);
        assertThat(keyStatus(key)).isEqualTo("FAILED:1");
        assertThat(ordersStored(orderId)).isZero();

        HttpResponse<String> retried = send(body, key);

        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(keyStatus(key)).isEqualTo("COMPLETED:2");
        assertThat(ordersStored(orderId)).isEqualTo(1);
        assertThat(bonusEntriesInLedger(orderId)).isEqualTo(FakeBonusService.ENTRIES_PER_ORDER);
    }

    @Test
    void rejectionByTheBusinessRulesIsStoredAndReplayed() {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        String body = order(orderId, "unregistered-" + TestIds.unique("m"));

        HttpResponse<String> first = send(body, key);
        HttpResponse<String> replay = send(body, key);

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(code(first)).isEqualTo("unknown_member");
        assertThat(replay.statusCode()).isEqualTo(422);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(bonus.distributeCallsFor(reference(orderId))).isEqualTo(1);
        assertThat(ordersStored(orderId)).isZero();
    }

    @Test
    void expiredKeysArePurgedAndTheKeyMayThenBeUsedAgain() {
        String key = TestIds.unique("idem");
        String member = TestIds.member();
        assertThat(send(order(TestIds.unique("o"), member), key).statusCode()).isEqualTo(201);
        assertThat(send(order(TestIds.unique("o"), member), key).statusCode()).isEqualTo(409);

        PartnerHousekeepingJob.PurgeReport report = housekeeping.purgeAsOf(Instant.now().plus(Duration.ofHours(25)));
        HttpResponse<String> reused = send(order(TestIds.unique("o"), member), key);

        assertThat(report.idempotencyKeys()).isGreaterThanOrEqualTo(2);
        assertThat(reused.statusCode()).isEqualTo(201);
        assertThat(reused.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(keyStatus(key)).isEqualTo("COMPLETED:1");
    }

    private HttpResponse<String> send(String body, String key) {
        return client.post(TestPartners.SHOP, ORDERS, body, key).send();
    }

    private long ordersStored(String orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM partner_orders WHERE partner_id = 'shop' AND order_id = :order")
                .param("order", orderId).query(Long.class).single();
    }

    private long bonusEntriesInLedger(String orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entries WHERE reference LIKE :prefix")
                .param("prefix", "bonus:" + reference(orderId) + ":%").query(Long.class).single();
    }

    private String keyStatus(String key) {
        return jdbc.sql("SELECT status || ':' || attempt FROM idempotency_keys WHERE partner_id = 'shop'"
                        + " AND claim_key = :key")
                .param("key", key).query(String.class).single();
    }

    private String code(HttpResponse<String> response) {
        return json.readTree(response.body()).get("code").stringValue();
    }

    static String reference(String orderId) {
        return "shop:" + orderId;
    }

    static String order(String orderId, String member) {
        return "{\"orderId\":\"" + orderId + "\",\"memberId\":\"" + member + "\",\"totalAmount\":\"120.00\","
                + "\"pvAmount\":\"100\",\"channel\":\"web\",\"metadata\":{\"sku\":\"HP-1\"}}";
    }
}

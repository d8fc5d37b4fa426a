package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.idempotency.IdempotentRequest;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IdempotencyKeyRows;
import com.aeghash.testsupport.MemberAccountsLock;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WithdrawalIntegrationTest
class WithdrawalRequestIT extends WithdrawalApiTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    IdempotentRequests idempotency;

    /** The member app's keys: the scope of every request of these tests. */
    private String scope() {
        return IdempotentRequest.operator(api.memberApp);
    }

    @Test
    void requestHoldsTheAmountAndAwaitsApproval() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");

        ApiClient.Response response = api.request(member, "POINT", "40.5", "");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("status").asString()).isEqualTo("pending");
        assertThat(response.json().path("flagged").asBoolean()).isFalse();
        assertThat(response.json().path("amount").asString()).isEqualTo("40.5");
        assertThat(response.json().path("requestedBy").asString()).isEqualTo(api.memberApp);
        assertThat(response.header("Idempotent-Replayed")).isNull();
        long id = response.json().path("id").asLong();
        assertThat(response.json().path("payoutReference").asString()).isEqualTo("withdrawal:" + id);
        assertThat(api.auditActions(id)).containsExactly("requested");
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("59.5");
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("40.5");
    }

    @Test
    void retryWithTheSameKeyAndBodyReturnsTheFirstWithdrawalAndHoldsOnce() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        String key = TestIds.unique("retry");

        ApiClient.Response first = api.request(key, member, "POINT", "30", "");
        ApiClient.Response retry = api.request(key, member, "POINT", "30.000", "");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id").asLong())
                .isEqualTo(first.json().path("id").asLong());
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("30");
    }

    @Test
    void sameKeyWithAnotherBodyIsAConflictAndChangesNothing() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        String key = TestIds.unique("reuse");
        api.request(key, member, "POINT", "30", "");

        ApiClient.Response reused = api.request(key, member, "POINT", "31", "");

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().path("code").asString()).isEqualTo("idempotency_conflict");
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("30");
        assertThat(IdempotencyKeyRows.statuses(jdbc, scope(), key))
                .containsExactly("COMPLETED:201", "FAILED_CONFLICT:409");
    }

    @Test
    void aRetryWhileTheFirstRequestIsInFlightIsA409AndTheFirstResponseIsReplayedOnceItIsDone() throws Exception {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        String key = TestIds.unique("in-flight");
        CompletableFuture<ApiClient.Response> first;
        ApiClient.Response duplicate;
        try (MemberAccountsLock held = MemberAccountsLock.of(dataSource, member)) {
            first = CompletableFuture.supplyAsync(() -> api.request(key, member, "POINT", "30", ""));
            IdempotencyKeyRows.awaitInProgress(jdbc, scope(), key);
            duplicate = api.request(key, member, "POINT", "30", "");
        }
        ApiClient.Response created = first.get(30, TimeUnit.SECONDS);
        ApiClient.Response replay = api.request(key, member, "POINT", "30", "");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("code").asString()).isEqualTo("idempotency_in_progress");
        assertThat(duplicate.header("Retry-After")).isEqualTo("1");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(created.body());
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("30");
    }

    @Test
    void aKeyUsedAgainAfterItExpiredIsANewRequest() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        String key = TestIds.unique("expired");
        ApiClient.Response first = api.request(key, member, "POINT", "30", "");

        int purged = idempotency.purgeExpired(Instant.now().plus(Duration.ofHours(25)));
        ApiClient.Response again = api.request(key, member, "POINT", "30", "");

        assertThat(purged).isPositive();
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(again.json().path("id").asLong())
                .isNotEqualTo(first.json().path("id").asLong());
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("60");
    }

    @Test
    void missingOrMalformedIdempotencyKeyIsRefusedAndWritesNothing() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");

        ApiClient.Response missing = api.as(api.memberApp)
                .post("/api/v1/withdrawals", "{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":\"1\"}");
        ApiClient.Response tooShort = api.request("short", member, "POINT", "1", "");
        ApiClient.Response tooLong = api.request("k".repeat(256), member, "POINT", "1", "");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("code").asString()).isEqualTo("idempotency_key_missing");
        assertThat(tooShort.json().path("code").asString()).isEqualTo("idempotency_key_missing");
        assertThat(tooLong.json().path("code").asString()).isEqualTo("idempotency_key_missing");
        assertThat(api.held(member, "POINT")).isZero();
    }

    @Test
    void amountAboveTheAvailableBalanceIsRefusedAndWritesNothing() {
        String member = TestIds.member();
        api.fund(member, "POINT", "10");

        ApiClient.Response response = api.request(member, "POINT", "10.00000001", "");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("code").asString()).isEqualTo("insufficient_balance");
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("10");
        assertThat(api.listedFor(member)).isZero();
    }

    @Test
    void hashPowerCannotBeWithdrawn() {
        String member = TestIds.member();

        ApiClient.Response response = api.request(member, "HASHPOWER", "1", "");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("code").asString()).isEqualTo("asset_not_withdrawable");
        assertThat(response.json().path("field").asString()).isEqualTo("asset");
    }

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");

        assertThat(field(api.request(member, "POINT", "1.123456789", ""))).isEqualTo("amount");
        assertThat(field(api.request(member, "POINT", "-1", ""))).isEqualTo("amount");
        assertThat(field(api.request(member, "POINT", "1", ",\"ipAddress\":\"localhost\"")))
                .isEqualTo("ipAddress");
        assertThat(field(api.request(member, "POINT", "1", ",\"destination\":\"0x123\"")))
                .isEqualTo("destination");
        assertThat(field(api.request(member, "POINT", "1", ",\"deviceId\":\"a b\"")))
                .isEqualTo("deviceId");
        assertThat(field(api.request("bad member!", "POINT", "1", ""))).isEqualTo("memberId");
        assertThat(field(api.request(member, "NOPE", "1", ""))).isEqualTo("asset");
        assertThat(api.held(member, "POINT")).isZero();
    }

    @Test
    void onlyTheMemberAppMayRequestAndOnlyOperatorsRead() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");

        ApiClient.Response byOperator = api.as(api.operations)
                .header("Idempotency-Key", TestIds.unique("key"))
                .post("/api/v1/withdrawals", "{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":\"1\"}");
        ApiClient.Response anonymous = ApiClient.anonymous(port).get("/api/v1/withdrawals");

        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void listFiltersByStatusFlaggedAndMemberInBoundedPages() {
        String member = TestIds.member();
        api.fund(member, "DOGE", "10000");
        long small = api.requested(member, "DOGE", "10");
        long flagged = api.requested(member, "DOGE", "1200");
        api.cancel(small);

        var cancelled = api.admin()
                .get("/api/v1/withdrawals?memberId=" + member + "&status=cancelled")
                .json();
        var flaggedOnes = api.admin()
                .get("/api/v1/withdrawals?memberId=" + member + "&flagged=true")
                .json();
        var firstPage = api.admin()
                .get("/api/v1/withdrawals?memberId=" + member + "&size=1")
                .json();

        assertThat(cancelled.path("items").size()).isEqualTo(1);
        assertThat(cancelled.path("items").get(0).path("id").asLong()).isEqualTo(small);
        assertThat(flaggedOnes.path("items").get(0).path("id").asLong()).isEqualTo(flagged);
        assertThat(firstPage.path("items").get(0).path("id").asLong()).isEqualTo(flagged);
        assertThat(firstPage.path("hasMore").asBoolean()).isTrue();
        assertThat(firstPage.path("items").get(0).has("auditTrail")).isFalse();
        assertThat(api.admin().get("/api/v1/withdrawals?size=101").status()).isEqualTo(400);
        assertThat(api.admin().get("/api/v1/withdrawals?status=pendingish").status())
                .isEqualTo(400);
        assertThat(api.admin().get("/api/v1/withdrawals/" + Long.MAX_VALUE).status())
                .isEqualTo(404);
        assertThat(api.held(member, "DOGE")).isEqualByComparingTo(new BigDecimal("1200"));
    }

    private static String field(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().path("field").asString();
    }
}

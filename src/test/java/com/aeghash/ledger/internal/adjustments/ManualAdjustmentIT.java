package com.aeghash.ledger.internal.adjustments;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertHistory;
import com.aeghash.notification.RecordedAlert;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.ApiDescription;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.IdempotencyKeyRows;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.MemberAccountsLock;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(
        properties = {
            "aeghash.adjustments.alert-threshold.point=50000",
            "aeghash.adjustments.approval-threshold.point=100000"
        })
class ManualAdjustmentIT {

    private static final String ADJUSTMENTS = "/api/v1/ledger/adjustments";
    private static final String PASSWORD = "adjustment-test-password-1";

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AlertHistory alerts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    IdempotentRequests idempotency;

    @Autowired
    ApplicationContext context;

    /** The FINANCE operator making adjustments (ADMIN holds no money-moving rights). */
    private ApiClient finance;

    private String financeScope;

    @BeforeEach
    void signInAsFinance() {
        String username = financeOperator();
        finance = ApiClient.as(port, username, PASSWORD);
        financeScope = "operator:" + username;
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    private String registeredMember() {
        return OrganizationFixtures.registered(context, TestIds.member());
    }

    @Test
    void theApiDescriptionShowsTheAdjustmentCreated() {
        assertThat(ApiDescription.createdSchema(ApiClient.anonymous(port), ADJUSTMENTS))
                .isEqualTo("#/components/schemas/Adjustment");
    }

    @Test
    void financeCreditIsAuditedAndARetryCreditsNothingMore() {
        String member = registeredMember();
        String key = TestIds.unique("adjust");

        ApiClient.Response first = adjust(key, member, "POINT", "25.5", "compensation for ticket 42");
        ApiClient.Response retry = adjust(key, member, "POINT", "25.5", "compensation for ticket 42");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(first.json().path("availableAfter").asString()).isEqualTo("25.5");
        assertThat(first.json().path("reference").asString())
                .isEqualTo("manual-adjustment:" + IdempotencyKeyRows.recordId(jdbc, financeScope, key));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("entryId").asLong())
                .isEqualTo(first.json().path("entryId").asLong());
        assertThat(available(member, "POINT")).isEqualByComparingTo("25.5");
        assertThat(auditLog.recent(ManualAdjustmentService.AUDIT_ACTION, 500))
                .filteredOn(entry -> entry.target().equals(member))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(financeScope.substring("operator:".length()));
                    assertThat(entry.details())
                            .containsEntry("amount", "25.5")
                            .containsEntry("asset", "POINT")
                            .containsEntry("reason", "compensation for ticket 42");
                });
    }

    @Test
    void sameKeyWithAnotherAmountIsAConflict() {
        String member = registeredMember();
        String key = TestIds.unique("adjust");
        adjust(key, member, "POINT", "10", "first");

        ApiClient.Response reused = adjust(key, member, "POINT", "11", "second");

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().path("code").asString()).isEqualTo("idempotency_conflict");
        assertThat(available(member, "POINT")).isEqualByComparingTo("10");
        assertThat(IdempotencyKeyRows.statuses(jdbc, financeScope, key))
                .containsExactly("COMPLETED:201", "FAILED_CONFLICT:409");
    }

    @Test
    void aRetryWhileTheFirstAdjustmentIsInFlightIsA409AndTheFirstResponseIsReplayedOnceItIsDone() throws Exception {
        String member = registeredMember();
        adjust(TestIds.unique("adjust"), member, "POINT", "5", "opening balance");
        String key = TestIds.unique("in-flight");
        CompletableFuture<ApiClient.Response> first;
        ApiClient.Response duplicate;
        try (MemberAccountsLock held = MemberAccountsLock.of(dataSource, member)) {
            first = CompletableFuture.supplyAsync(() -> adjust(key, member, "POINT", "20", "correction"));
            IdempotencyKeyRows.awaitInProgress(jdbc, financeScope, key);
            duplicate = adjust(key, member, "POINT", "20", "correction");
        }
        ApiClient.Response credited = first.get(30, TimeUnit.SECONDS);
        ApiClient.Response replay = adjust(key, member, "POINT", "20", "correction");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("code").asString()).isEqualTo("idempotency_in_progress");
        assertThat(duplicate.header("Retry-After")).isEqualTo("1");
        assertThat(credited.status()).as(credited.body()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(credited.body());
        assertThat(available(member, "POINT")).isEqualByComparingTo("25");
    }

    @Test
    void aKeyUsedAgainAfterItExpiredIsANewAdjustment() {
        String member = registeredMember();
        String key = TestIds.unique("expired");
        ApiClient.Response first = adjust(key, member, "POINT", "7", "monthly fee refund");

        int purged = idempotency.purgeExpired(Instant.now().plus(Duration.ofHours(25)));
        ApiClient.Response again = adjust(key, member, "POINT", "7", "monthly fee refund");

        assertThat(purged).isPositive();
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(again.json().path("reference").asString())
                .isNotEqualTo(first.json().path("reference").asString());
        assertThat(available(member, "POINT")).isEqualByComparingTo("14");
    }

    @Test
    void oneAdjustmentSentEightTimesAtOnceCreditsOnce() throws Exception {
        String member = registeredMember();
        String key = TestIds.unique("same-key");

        List<ApiClient.Response> responses =
                Concurrently.run(8, caller -> adjust(key, member, "POINT", "30", "goodwill credit"));

        List<ApiClient.Response> credited =
                responses.stream().filter(response -> response.status() == 201).toList();
        assertThat(credited)
                .filteredOn(response -> response.header("Idempotent-Replayed") == null)
                .hasSize(1);
        assertThat(credited)
                .extracting(response -> response.json().path("entryId").asLong())
                .containsOnly(credited.get(0).json().path("entryId").asLong());
        assertThat(responses).filteredOn(response -> response.status() != 201).allSatisfy(inFlight -> {
            assertThat(inFlight.status()).isEqualTo(409);
            assertThat(inFlight.json().path("code").asString()).isEqualTo("idempotency_in_progress");
        });
        assertThat(available(member, "POINT")).isEqualByComparingTo("30");
    }

    @Test
    void debitBeyondTheAvailableBalanceIsRefusedAndWritesNothing() {
        String member = registeredMember();
        adjust(TestIds.unique("adjust"), member, "DOGE", "10", "credit");

        ApiClient.Response overdraft = adjust(TestIds.unique("adjust"), member, "DOGE", "-10.00000001", "too much");
        ApiClient.Response debit = adjust(TestIds.unique("adjust"), member, "DOGE", "-4", "correction");

        assertThat(overdraft.status()).isEqualTo(422);
        assertThat(overdraft.json().path("code").asString()).isEqualTo("insufficient_balance");
        assertThat(debit.status()).isEqualTo(201);
        assertThat(debit.json().path("amount").asString()).isEqualTo("-4");
        assertThat(available(member, "DOGE")).isEqualByComparingTo("6");
        assertThat(auditLog.recent(ManualAdjustmentService.AUDIT_ACTION, 500))
                .filteredOn(entry -> entry.target().equals(member))
                .extracting(AuditEntry::details)
                .extracting(details -> details.get("amount"))
                .containsExactly("-4", "10");
    }

    @Test
    void adjustmentAtTheAlertThresholdRaisesAnAlertAndSmallerOnesDoNot() {
        String member = registeredMember();

        adjust(TestIds.unique("adjust"), member, "POINT", "49999", "below the threshold");
        adjust(TestIds.unique("adjust"), member, "POINT", "50000", "at the threshold");

        List<Alert> aboutMember = alerts.recent(500).stream()
                .map(RecordedAlert::alert)
                .filter(alert -> member.equals(alert.fields().get("memberId")))
                .toList();
        assertThat(aboutMember).extracting(Alert::title).containsExactly("Large manual adjustment");
        assertThat(aboutMember.get(0).fields()).containsEntry("amount", "50000");
    }

    @Test
    void onlyFinanceAdjustsAndZeroOrMissingKeysAreRefused() {
        String member = registeredMember();

        ApiClient.Response byAdmin = ApiClient.admin(port)
                .header("Idempotency-Key", TestIds.unique("adjust"))
                .post(ADJUSTMENTS, body(member, "POINT", "1", "nope"));
        ApiClient.Response byOperations = ApiClient.newOperator(port, "OPERATIONS")
                .header("Idempotency-Key", TestIds.unique("adjust"))
                .post(ADJUSTMENTS, body(member, "POINT", "1", "nope"));
        ApiClient.Response zero = adjust(TestIds.unique("adjust"), member, "POINT", "0", "nothing");
        ApiClient.Response noKey = finance.post(ADJUSTMENTS, body(member, "POINT", "1", "no key"));
        ApiClient.Response noReason = adjust(TestIds.unique("adjust"), member, "POINT", "1", " ");

        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byOperations.status()).isEqualTo(403);
        assertThat(zero.json().path("field").asString()).isEqualTo("amount");
        assertThat(noKey.json().path("code").asString()).isEqualTo("idempotency_key_missing");
        assertThat(noReason.json().path("field").asString()).isEqualTo("reason");
        assertThat(available(member, "POINT")).isZero();
    }

    @Test
    void anAdjustmentAtTheApprovalThresholdWaitsForASecondFinanceOperatorAndIsPostedAtApproval() {
        String member = registeredMember();
        String key = TestIds.unique("large");

        ApiClient.Response asked = adjust(key, member, "POINT", "100000", "migration of a legacy balance");
        ApiClient.Response retry = adjust(key, member, "POINT", "100000", "migration of a legacy balance");
        BigDecimal beforeApproval = available(member, "POINT");
        long requestId = asked.json().path("id").asLong();
        ApiClient.Response byMaker = finance.post("/api/v1/approval-requests/" + requestId + "/approvals", "{}");
        ApiClient.Response approved = ApiClient.as(port, financeOperator(), PASSWORD)
                .post("/api/v1/approval-requests/" + requestId + "/approvals", "{\"note\":\"checked the ticket\"}");

        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().path("status").asString()).isEqualTo("awaiting_approval");
        assertThat(asked.json().path("kind").asString()).isEqualTo("ledger.adjustment");
        assertThat(asked.json().path("payload").path("amount").asString()).isEqualTo("100000");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id").asLong()).isEqualTo(requestId);
        assertThat(beforeApproval).isZero();
        assertThat(byMaker.status()).isEqualTo(409);
        assertThat(byMaker.json().path("code").asString()).isEqualTo("same_approver");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("executed");
        assertThat(available(member, "POINT")).isEqualByComparingTo("100000");
        String checker = approved.json().path("checker").asString();
        assertThat(auditLog.recent(ManualAdjustmentService.AUDIT_ACTION, 500))
                .filteredOn(entry -> entry.target().equals(member))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor())
                            .isEqualTo(asked.json().path("maker").asString());
                    assertThat(entry.details()).containsEntry("approvedBy", checker);
                });
    }

    @Test
    void aLargeDebitTheMemberCannotCoverAnyMoreEndsTheRequestFailedAndPostsNothing() {
        String member = registeredMember();
        adjust(TestIds.unique("adjust"), member, "POINT", "500", "opening balance");
        long requestId = adjust(TestIds.unique("large"), member, "POINT", "-150000", "reverse a double credit")
                .json()
                .path("id")
                .asLong();

        ApiClient.Response approved = ApiClient.as(port, financeOperator(), PASSWORD)
                .post("/api/v1/approval-requests/" + requestId + "/approvals", "{}");
        ApiClient.Response again = ApiClient.as(port, financeOperator(), PASSWORD)
                .post("/api/v1/approval-requests/" + requestId + "/approvals", "{}");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("failed");
        assertThat(approved.json().path("resultCode").asString()).isEqualTo("insufficient_balance");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("approval_request_decided");
        assertThat(available(member, "POINT")).isEqualByComparingTo("500");
    }

    private String financeOperator() {
        String username = TestIds.unique("fin").toLowerCase();
        ApiClient.Response created = ApiClient.admin(port)
                .post(
                        "/api/v1/operators",
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                                + "\",\"roles\":[\"FINANCE\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private BigDecimal available(String member, String asset) {
        return ledger.balancesOf(member).of(Asset.valueOf(asset)).available();
    }

    private ApiClient.Response adjust(String key, String member, String asset, String amount, String reason) {
        return ApiClient.as(port, financeScope.substring("operator:".length()), PASSWORD)
                .header("Idempotency-Key", key)
                .post(ADJUSTMENTS, body(member, asset, amount, reason));
    }

    private static String body(String member, String asset, String amount, String reason) {
        return "{\"memberId\":\"" + member + "\",\"asset\":\"" + asset + "\",\"amount\":\"" + amount
                + "\",\"reason\":\"" + reason + "\"}";
    }
}

package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aeghash.approval.Checker;
import com.aeghash.ledger.Asset;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalStatus;
import com.aeghash.mining.MiningWithdrawals;
import com.aeghash.sandbox.HashDamSandbox;
import com.aeghash.security.Role;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutReferences;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coin withdrawals end to end through the real HashDam adapter and the mining withdrawal primitive against the
 * HashDam simulator, with the sandbox's faults (refusals, lost answers, hangs) injected as an operator would; run on H2 and on PostgreSQL.
 */
@OnEachDatabase
class HashDamPayoutsIT extends VendorPayoutTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WITHDRAW = "hashdam/assetWithdrawRequest";

    @Autowired
    HashDamSandbox simulator;

    @Autowired
    MiningWithdrawals mining;

    @Autowired
    WithdrawalMoney money;

    HashDamPayoutsIT(TestDatabases.Kind database) {
        super(database);
    }

    @Test
    void twoStepApprovalPaysThroughHashDamAndCompletesOnlyOnceHashDamCompleted() {
        String member = TestIds.member();
        String amount = uniqueAmount(12);
        api.fund(member, "DOGE", "50");
        long id = api.requested(member, "DOGE", amount);
        ApiClient.Response firstApproval = api.approve(api.operations, id);

        ApiClient.Response secondApproval = api.approve(api.finance, id);
        awaitStatus(id, "completed", mining::reconcileDue);

        assertThat(firstApproval.json().path("status").asString()).isEqualTo("approved_pending");
        assertThat(secondApproval.json().path("status").asString()).isEqualTo("submitted");
        String withdrawId = secondApproval.json().path("vendorReference").asString();
        assertThat(vendorWithdrawals(amount))
                .extracting(entry -> entry.path("withdrawId").asString())
                .containsExactly(withdrawId);
        assertThat(completedAt(id)).isAfterOrEqualTo(vendorCompletedAt(amount));
        assertThat(api.auditActions(id))
                .containsExactly("requested", "approved_stage1", "approved", "executing", "submitted", "completed");
        assertThat(ledgerLines(id)).isEqualTo(paidOut(amount));
        assertThat(available(member, Asset.DOGE)).isEqualByComparingTo(remainder("50", amount));
        assertThat(api.held(member, "DOGE")).isZero();
        assertThat(mining.find(PayoutReferences.payout(id)))
                .map(MiningWithdrawalRecord::status)
                .contains(MiningWithdrawalStatus.COMPLETED);
    }

    @Test
    void theHoldIsReplayedAndTheClearPostedOnceWhenTheWorkflowPostsItBeforeTheMiningPrimitive() {
        String member = TestIds.member();
        String amount = uniqueAmount(3);
        api.fund(member, "DOGE", "20");
        long id = api.requested(member, "DOGE", amount);
        api.approve(api.operations, id);
        assertThat(api.approve(api.finance, id).json().path("status").asString())
                .isEqualTo("submitted");
        Withdrawal submitted = withdrawals.find(id).orElseThrow();

        // The workflow's own clear goes first this time; the primitive posts the same entry when HashDam completes.
        unitOfWork.inNewTransaction(
                () -> money.onEntering(submitted.withStatus(WithdrawalStatus.COMPLETED, clock.instant())));
        awaitStatus(id, "completed", mining::reconcileDue);

        assertThat(mining.find(PayoutReferences.payout(id)))
                .map(MiningWithdrawalRecord::status)
                .contains(MiningWithdrawalStatus.COMPLETED);
        assertThat(ledgerLines(id)).isEqualTo(paidOut(amount));
        assertThat(available(member, Asset.DOGE)).isEqualByComparingTo(remainder("20", amount));
        assertThat(api.held(member, "DOGE")).isZero();
    }

    @Test
    void theReleaseIsPostedOnceWhenTheWorkflowPostsItBeforeTheMiningPrimitive() {
        fault(WITHDRAW, "{\"hang\":true,\"times\":1}");
        String member = TestIds.member();
        String amount = uniqueAmount(2);
        api.fund(member, "DOGE", "10");
        long id = api.requested(member, "DOGE", amount);
        api.approve(api.operations, id);
        assertThat(api.approve(api.finance, id).json().path("status").asString())
                .isEqualTo("unknown");
        Withdrawal unknown = withdrawals.find(id).orElseThrow();

        unitOfWork.inNewTransaction(
                () -> money.onEntering(unknown.withStatus(WithdrawalStatus.FAILED, clock.instant())));
        long request = mining.resolveUnknown(
                        PayoutReferences.payout(id), null, api.operations, "absent from HashDam's console")
                .awaiting()
                .id();
        approvalRequests.approve(request, new Checker(api.finance, Set.of(Role.FINANCE)), null);
        awaitStatus(id, "failed");

        assertThat(ledgerLines(id)).isEqualTo(returned(amount));
        assertThat(available(member, Asset.DOGE)).isEqualByComparingTo("10");
        assertThat(api.held(member, "DOGE")).isZero();
        assertThat(vendorWithdrawals(amount)).isEmpty();
    }

    @Test
    void aTimeoutAfterHashDamExecutedIsUnknownThenCompletedByReconciliationWithOneVendorWithdrawal() {
        fault(WITHDRAW, "{\"dropResponse\":true,\"dropMode\":\"HANG\",\"times\":1}");
        fault("hashdam/assetWithdrawHistory", "{\"errorRate\":1,\"errorMessage\":\"Simulated outage\",\"times\":1}");
        String member = TestIds.member();
        String amount = uniqueAmount(7);
        api.fund(member, "DOGE", "10");
        long id = api.requested(member, "DOGE", amount);
        api.approve(api.operations, id);

        ApiClient.Response answer = api.approve(api.finance, id);
        reconciler.reconcileDue(clock.instant().plus(Duration.ofMinutes(6)));
        awaitStatus(id, "completed", mining::reconcileDue);

        assertThat(answer.json().path("status").asString()).isEqualTo("unknown");
        assertThat(vendorWithdrawals(amount)).hasSize(1);
        // Completed by the reconciler's answer or by the mining module's completion event, whichever came first.
        assertThat(api.auditActions(id))
                .containsSubsequence("executing", "unknown")
                .containsOnlyOnce("executing")
                .last()
                .isIn("reconciled", "completed");
        assertThat(withdrawalAlerts(id)).containsExactly("Withdrawal outcome unknown");
        assertThat(ledgerLines(id)).isEqualTo(paidOut(amount));
        assertThat(api.held(member, "DOGE")).isZero();
    }

    @Test
    void definiteRefusalsAfterTheRetriesFailTheWithdrawalReturnTheHoldAndRecordAnAlert() {
        fault(WITHDRAW, "{\"errorRate\":1,\"errorMessage\":\"Invalid API Key\",\"times\":3}");
        String member = TestIds.member();
        String amount = uniqueAmount(4);
        api.fund(member, "DOGE", "10");
        long id = api.requested(member, "DOGE", amount);
        api.approve(api.operations, id);

        ApiClient.Response answer = api.approve(api.finance, id);
        awaitStatus(id, "failed");

        assertThat(answer.json().path("status").asString()).isEqualTo("failed");
        assertThat(api.withdrawal(id).path("statusReason").asString()).contains("Invalid API Key");
        assertThat(mining.find(PayoutReferences.payout(id)).orElseThrow().attempts())
                .isEqualTo(3);
        assertThat(vendorWithdrawals(amount)).isEmpty();
        assertThat(ledgerLines(id)).isEqualTo(returned(amount));
        assertThat(available(member, Asset.DOGE)).isEqualByComparingTo("10");
        assertThat(api.auditActions(id)).endsWith("executing", "failed");
        await().atMost(SETTLE_WITHIN)
                .untilAsserted(() -> assertThat(withdrawalAlerts(id)).containsExactly("Withdrawal failed"));
    }

    @Test
    void aCrashAfterHashDamWasAskedIsReconciledAfterTheRestartWithoutAskingAgain() {
        String member = TestIds.member();
        String amount = uniqueAmount(5);
        api.fund(member, "DOGE", "10");
        long id = approvedWithoutExecution(member, "DOGE", amount);
        Withdrawal executing = executingAfterCrash(id);
        PayoutOutcome lost = gateways.forAsset(Asset.DOGE)
                .orElseThrow()
                .execute(new PayoutCommand(
                        executing.payoutReference(), id, member, Asset.DOGE, executing.amount(), null));
        // The process died here, before recording HashDam's answer. After the restart:

        batch.executeApproved(50);
        reconciler.reconcileDue(clock.instant().plus(Duration.ofMinutes(2)));
        awaitStatus(id, "completed", mining::reconcileDue);

        assertThat(lost.kind()).isEqualTo(PayoutOutcome.Kind.SUBMITTED);
        assertThat(vendorWithdrawals(amount)).hasSize(1);
        assertThat(mining.find(PayoutReferences.payout(id)).orElseThrow().attempts())
                .isEqualTo(1);
        assertThat(api.auditActions(id)).containsOnlyOnce("executing");
        assertThat(ledgerLines(id)).isEqualTo(paidOut(amount));
    }

    @Test
    void aCrashBeforeHashDamWasAskedFailsTheWithdrawalAfterTheRestartWithoutSendingIt() {
        String member = TestIds.member();
        String amount = uniqueAmount(6);
        api.fund(member, "DOGE", "10");
        long id = approvedWithoutExecution(member, "DOGE", amount);
        executingAfterCrash(id);

        batch.executeApproved(50);
        reconciler.reconcileDue(clock.instant().plus(Duration.ofMinutes(2)));

        assertThat(api.status(id)).isEqualTo("failed");
        assertThat(api.withdrawal(id).path("statusReason").asString()).contains("HashDam was never asked");
        assertThat(vendorWithdrawals(amount)).isEmpty();
        assertThat(mining.find(PayoutReferences.payout(id)))
                .get()
                .extracting(MiningWithdrawalRecord::status)
                .as("the reference is fenced")
                .isEqualTo(MiningWithdrawalStatus.FAILED);
        assertThat(ledgerLines(id)).isEqualTo(returned(amount));
        assertThat(available(member, Asset.DOGE)).isEqualByComparingTo("10");

        // The call that "crashed" was only stalled before recording its intent, and resumes now: it sends nothing.
        PayoutOutcome late = gateways.forAsset(Asset.DOGE)
                .orElseThrow()
                .execute(new PayoutCommand(
                        PayoutReferences.payout(id), id, member, Asset.DOGE, new BigDecimal(amount), null));
        assertThat(late.kind()).isEqualTo(PayoutOutcome.Kind.FAILED_DEFINITE);
        assertThat(vendorWithdrawals(amount)).isEmpty();
        assertThat(ledgerLines(id)).isEqualTo(returned(amount));
        assertThat(available(member, Asset.DOGE)).isEqualByComparingTo("10");
    }

    @Test
    void aCoinWithdrawalToAnExternalAddressIsRefusedAtRequestTime() {
        String member = TestIds.member();
        api.fund(member, "DOGE", "10");

        ApiClient.Response refused =
                api.request(member, "DOGE", "1", ",\"destination\":\"D7Y55Lkqb3zVSWq7qBXbh7ZtW8HJHKRPzq\"");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("code").asString()).isEqualTo("destination_not_supported");
        assertThat(refused.json().path("field").asString()).isEqualTo("destination");
        assertThat(api.listedFor(member)).isZero();
        assertThat(available(member, Asset.DOGE)).isEqualByComparingTo("10");
    }

    @Test
    void noOperatorWithdrawsMinedCoinsOutsideAWithdrawalRequest() {
        String member = TestIds.member();
        api.fund(member, "DOGE", "10");

        ApiClient.Response refused = api.as(api.operations)
                .post(
                        "/api/v1/members/" + member + "/mining/withdrawals",
                        "{\"coin\":\"DOGE\",\"amount\":\"1\",\"reference\":\"withdrawal:424242\"}");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(mining.find("withdrawal:424242")).isEmpty();
        assertThat(available(member, Asset.DOGE)).isEqualByComparingTo("10");
    }

    @Test
    void oneOperatorCannotDeclareAnUnclearMiningPayoutFailedASecondOneApprovesAndTheTrailNamesBoth() {
        String amount = uniqueAmount(3);
        long id = unknownPayoutAfterAHang(amount);
        String resolution = "/api/v1/mining/withdrawals/" + PayoutReferences.payout(id) + "/resolution";

        ApiClient.Response declared =
                api.as(api.operations).post(resolution, "{\"note\":\"not in HashDam's history\"}");
        String miningWhileAwaiting =
                mining.find(PayoutReferences.payout(id)).orElseThrow().status().wireName();
        long requestId = declared.json().path("id").asLong();
        ApiClient.Response approved =
                api.as(api.finance).post("/api/v1/approval-requests/" + requestId + "/approvals", "{}");
        awaitStatus(id, "failed");

        assertThat(declared.status()).as(declared.body()).isEqualTo(202);
        assertThat(declared.json().path("kind").asString()).isEqualTo("mining.withdrawal_decision");
        assertThat(miningWhileAwaiting).isEqualTo("unknown");
        assertThat(approved.json().path("status").asString())
                .as(approved.body())
                .isEqualTo("executed");
        assertThat(ledgerLines(id)).isEqualTo(returned(amount));
        assertTrailNamesBoth(id, "failed", api.operations, api.finance);
    }

    @Test
    void aWithdrawIdIsRefusedUnlessHashDamShowsItForThisCoinAndAmount() {
        long id = unknownPayoutAfterAHang(uniqueAmount(2));

        ApiClient.Response identified = api.as(api.operations)
                .post(
                        "/api/v1/mining/withdrawals/" + PayoutReferences.payout(id) + "/resolution",
                        "{\"withdrawId\":\"no-such-withdrawal-42\",\"note\":\"found it\"}");

        assertThat(identified.status()).as(identified.body()).isEqualTo(422);
        assertThat(identified.json().path("code").asString()).isEqualTo("withdraw_id_not_confirmed");
        assertThat(mining.find(PayoutReferences.payout(id))
                        .orElseThrow()
                        .status()
                        .wireName())
                .isEqualTo("unknown");
        assertThat(api.status(id)).isEqualTo("unknown");
    }

    /** A coin payout whose HashDam call hung (nothing executed, nothing in the history): approved twice, unknown. */
    private long unknownPayoutAfterAHang(String amount) {
        fault(WITHDRAW, "{\"hang\":true,\"times\":1}");
        String member = TestIds.member();
        api.fund(member, "DOGE", "10");
        long id = api.requested(member, "DOGE", amount);
        api.approve(api.operations, id);
        assertThat(api.approve(api.finance, id).json().path("status").asString())
                .isEqualTo("unknown");
        return id;
    }

    /** The simulated HashDam's withdrawals of this amount (each test pays a random one). */
    private List<JsonNode> vendorWithdrawals(String amount) {
        Object envelope = simulator.handle(
                TestSecrets.HASHDAM_API_KEY,
                "127.0.0.1",
                JSON.readTree("{\"method\":\"assetWithdrawHistory\",\"coin\":\"DOGE\",\"limit\":1000}"));
        JsonNode data = JSON.valueToTree(envelope).path("data");
        return StreamSupport.stream(data.spliterator(), false)
                .filter(entry -> new BigDecimal(entry.path("amount").asString()).compareTo(new BigDecimal(amount)) == 0)
                .toList();
    }

    private Instant vendorCompletedAt(String amount) {
        return Instant.ofEpochMilli(
                vendorWithdrawals(amount).get(0).path("updateAt").asLong());
    }

    private Instant completedAt(long id) {
        return Instant.parse(api.auditEntry(id, "completed").path("occurredAt").asString());
    }
}

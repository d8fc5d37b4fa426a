package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.notification.Alert;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutReferences;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Payout failures, lost answers, hangs and crashes between the phases; run on H2 and on PostgreSQL. */
@OnEachDatabase
class WithdrawalFaultsIT extends WithdrawalApiTestBase {

    @RegisterExtension
    final TestApplication application;

    @Autowired
    JdbcClient jdbc;

    WithdrawalFaultsIT(TestDatabases.Kind database) {
        application = applicationOn(database);
    }

    @Test
    void definitePayoutFailureFailsTheWithdrawalReturnsTheHoldAndAlerts() {
        String member = TestIds.member();
        api.fund(member, "DOGE", "100");
        long id = api.requested(member, "DOGE", "40");
        gateway.script(
                member,
                ScriptedPayoutGateway.answer(PayoutOutcome.failedDefinite("HashDam: insufficient pool balance")));
        api.approve(api.operations, id);

        ApiClient.Response response = api.approve(api.finance, id);

        assertThat(response.json().path("status").asString()).isEqualTo("failed");
        assertThat(api.auditEntry(id, "failed").path("notes").asString())
                .isEqualTo("HashDam: insufficient pool balance");
        assertThat(api.available(member, "DOGE")).isEqualByComparingTo("100");
        assertThat(api.held(member, "DOGE")).isZero();
        assertThat(alertTitles(id)).containsExactly("Withdrawal failed");
    }

    @Test
    void lostResponseIsUnknownUntilTheReconcilerLearnsThePayoutCompleted() {
        String member = TestIds.member();
        api.fund(member, "LTC", "3");
        long id = api.requested(member, "LTC", "1.5");
        gateway.script(member, ScriptedPayoutGateway.executeThenLoseResponse());
        api.approve(api.operations, id);

        ApiClient.Response response = api.approve(api.finance, id);
        reconciler.reconcileDue(clock.instant().plus(Duration.ofMinutes(6)));

        assertThat(response.json().path("status").asString()).isEqualTo("unknown");
        assertThat(alertTitles(id)).containsExactly("Withdrawal outcome unknown");
        assertThat(api.status(id)).isEqualTo("completed");
        assertThat(api.auditActions(id)).endsWith("executing", "unknown", "reconciled");
        assertThat(api.auditEntry(id, "reconciled").path("statusAfter").asString())
                .isEqualTo("completed");
        assertThat(gateway.executions(PayoutReferences.payout(id))).isEqualTo(1);
        assertThat(api.held(member, "LTC")).isZero();
        assertThat(api.available(member, "LTC")).isEqualByComparingTo("1.5");
    }

    @Test
    void aWithdrawalWhoseAnswerCannotBeRecordedDoesNotHoldUpTheOthers() {
        String member = TestIds.member();
        api.fund(member, "LTC", "10");
        long broken = unknownAfterALostResponse(member, "1.25");
        long healthy = unknownAfterALostResponse(member, "2.75");
        // A row that no longer matches its hold (4 LTC held in all): recording "completed" cannot post its entry.
        jdbc.sql("UPDATE withdrawal_requests SET amount = 9 WHERE id = :id")
                .param("id", broken)
                .update();

        reconciler.reconcileDue(clock.instant().plus(Duration.ofMinutes(6)));

        assertThat(api.status(broken)).isEqualTo("unknown");
        assertThat(api.status(healthy)).as("looked up after the broken one").isEqualTo("completed");
        assertThat(alertTitles(broken)).contains("Withdrawal reconciliation failed");
        jdbc.sql("UPDATE withdrawal_requests SET amount = 1.25 WHERE id = :id")
                .param("id", broken)
                .update();
        reconciler.reconcileDue(clock.instant().plus(Duration.ofMinutes(6)));
        assertThat(api.status(broken)).as("still due, settled once repaired").isEqualTo("completed");
    }

    private long unknownAfterALostResponse(String member, String amount) {
        long id = api.requested(member, "LTC", amount);
        gateway.script(member, ScriptedPayoutGateway.executeThenLoseResponse());
        api.approve(api.operations, id);
        assertThat(api.approve(api.finance, id).json().path("status").asString())
                .isEqualTo("unknown");
        return id;
    }

    @Test
    void gatewayExceptionIsUnknownNeverFailed() {
        String member = TestIds.member();
        api.fund(member, "POINT", "10");
        long id = api.requested(member, "POINT", "10");
        gateway.script(member, ScriptedPayoutGateway.throwing());
        api.approve(api.operations, id);

        ApiClient.Response response = api.approve(api.finance, id);

        assertThat(response.json().path("status").asString()).isEqualTo("unknown");
        assertThat(response.json().path("statusReason").asString()).contains("IllegalStateException");
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("10");
    }

    @Test
    void hangingGatewayIsAbandonedAsUnknownAfterTheCallTimeout() {
        String member = TestIds.member();
        api.fund(member, "POINT", "10");
        long id = api.requested(member, "POINT", "10");
        gateway.script(member, ScriptedPayoutGateway.hanging());
        api.approve(api.operations, id);

        ApiClient.Response response = api.approve(api.finance, id);

        assertThat(response.json().path("status").asString()).isEqualTo("unknown");
        assertThat(response.json().path("statusReason").asString()).isEqualTo("no answer within 2s");
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("10");
    }

    @Test
    void crashAfterTheVendorCallIsReconciledAfterRestartWithoutSendingAgain() {
        String member = TestIds.member();
        api.fund(member, "POINT", "50");
        long id = approvedWithoutExecution(member, "POINT", "50");
        Withdrawal executing = executingAfterCrash(id);
        gateway.execute(new PayoutCommand(
                executing.payoutReference(), id, member, executing.asset(), executing.amount(), null));
        // The process died here, before recording the answer. After the restart:

        batch.executeApproved(50);
        reconciler.reconcileDue(clock.instant().plus(Duration.ofMinutes(2)));

        assertThat(api.status(id)).isEqualTo("completed");
        assertThat(api.auditActions(id)).endsWith("executing", "reconciled");
        assertThat(gateway.executions(PayoutReferences.payout(id))).isEqualTo(1);
        assertThat(api.held(member, "POINT")).isZero();
    }

    @Test
    void crashBeforeTheVendorCallIsNeverSentBlindlyAndEndsWithAnOperator() {
        String member = TestIds.member();
        api.fund(member, "POINT", "50");
        long id = approvedWithoutExecution(member, "POINT", "50");
        executingAfterCrash(id);

        batch.executeApproved(50);
        reconciler.reconcileDue(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(api.status(id)).isEqualTo("unknown");
        exhaustReconciliationSchedule();

        assertThat(api.withdrawal(id).path("needsOperator").asBoolean()).isTrue();
        assertThat(alertTitles(id)).containsExactly("Withdrawal needs an operator", "Withdrawal outcome unknown");
        assertThat(gateway.executions(PayoutReferences.payout(id))).isZero();
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("50");
    }

    @Test
    void operatorAsksTheVendorAgainAfterTheScheduleRanOut() {
        String member = TestIds.member();
        api.fund(member, "POINT", "20");
        long id = api.requested(member, "POINT", "20");
        gateway.script(member, ScriptedPayoutGateway.answer(PayoutOutcome.unknown("HTTP 502 from the vendor")));
        api.approve(api.operations, id);
        api.approve(api.finance, id);
        exhaustReconciliationSchedule();
        gateway.vendorRecord(PayoutReferences.payout(id), PayoutOutcome.failedDefinite("vendor history: canceled"));

        ApiClient.Response reconciled =
                api.as(api.operations).post("/api/v1/withdrawals/" + id + "/reconciliation", "");
        ApiClient.Response nothingLeft =
                api.as(api.operations).post("/api/v1/withdrawals/" + id + "/reconciliation", "");

        assertThat(reconciled.status()).as(reconciled.body()).isEqualTo(200);
        assertThat(reconciled.json().path("status").asString()).isEqualTo("failed");
        assertThat(nothingLeft.status()).isEqualTo(409);
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("20");
        assertThat(gateway.executions(PayoutReferences.payout(id))).isEqualTo(1);
    }

    @Test
    void approvedWithdrawalNotExecutedInlineIsExecutedOnceByTheBatch() {
        String member = TestIds.member();
        api.fund(member, "POINT", "30");
        long id = approvedWithoutExecution(member, "POINT", "30");

        int executed = batch.executeApproved(50);
        batch.executeApproved(50);

        assertThat(executed).isPositive();
        assertThat(api.status(id)).isEqualTo("completed");
        assertThat(gateway.executions(PayoutReferences.payout(id))).isEqualTo(1);
        assertThat(api.available(member, "POINT")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    /** Three look-ups (5m, 1h, 1d) that learn nothing. */
    void exhaustReconciliationSchedule() {
        for (Duration later :
                new Duration[] {Duration.ofMinutes(6), Duration.ofHours(2), Duration.ofDays(2), Duration.ofDays(3)}) {
            reconciler.reconcileDue(clock.instant().plus(later));
        }
    }

    /** Titles of the withdrawal alerts about this withdrawal, newest first (by its id field: others hold numbers). */
    List<String> alertTitles(long id) {
        return alerts.alerts().stream()
                .filter(alert -> alert.source().equals("withdrawal"))
                .filter(alert -> String.valueOf(id).equals(alert.fields().get("withdrawalId")))
                .map(Alert::title)
                .toList();
    }
}

package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.TestIds;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutReferences;
import com.aeghash.withdrawal.PayoutSettlements;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WithdrawalIntegrationTest
class WithdrawalApprovalIT extends WithdrawalApiTestBase {

    @Autowired
    PayoutSettlements settlements;

    @Test
    void twoStepApprovalByDifferentOperatorsPaysOutOnceAndClearsTheHold() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        long id = api.requested(member, "POINT", "60");

        ApiClient.Response first = api.approve(api.operations, id, "checked the member");
        ApiClient.Response second = api.approve(api.finance, id);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("status").asString()).isEqualTo("approved_pending");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("status").asString()).isEqualTo("completed");
        assertThat(second.json().path("firstApprover").asString()).isEqualTo(api.operations);
        assertThat(second.json().path("finalApprover").asString()).isEqualTo(api.finance);
        assertThat(api.auditActions(id))
                .containsExactly("requested", "approved_stage1", "approved", "executing", "completed");
        assertThat(api.auditEntry(id, "approved_stage1").path("notes").asString())
                .isEqualTo("checked the member");
        assertThat(api.auditEntry(id, "approved_stage1").path("actor").asString())
                .isEqualTo(api.operations);
        assertThat(api.auditEntry(id, "completed").path("statusAfter").asString())
                .isEqualTo("completed");
        assertThat(gateway.executions(PayoutReferences.payout(id))).isEqualTo(1);
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("40");
        assertThat(api.held(member, "POINT")).isZero();
    }

    @Test
    void completionPostedAgainByAnAdapterIsANoOpReplay() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        long id = api.requested(member, "POINT", "60");
        api.approve(api.operations, id);
        api.approve(api.finance, id);

        var replay = ledger.post(EntryRequest.builder(PayoutReferences.clear(id), "posted by an adapter too")
                .move(
                        AccountRef.member(member, Asset.POINT, Bucket.WITHDRAWAL_HOLD),
                        AccountRef.system(SystemAccount.PAYOUT_CLEARING, Asset.POINT),
                        new BigDecimal("60"))
                .build());

        assertThat(replay.replayed()).isTrue();
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("40");
    }

    @Test
    void sameApproverTwiceIsA409AndTheWithdrawalWaitsForAnotherPerson() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        long id = api.requested(member, "POINT", "10");
        api.approve(api.operations, id);

        ApiClient.Response again = api.approve(api.operations, id);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("same_approver");
        assertThat(api.status(id)).isEqualTo("approved_pending");
        assertThat(gateway.executions(PayoutReferences.payout(id))).isZero();
    }

    @Test
    void theMemberAndTheRequesterCannotApprove() {
        String operatorWhoIsAMember = api.createOperator("mem", "OPERATIONS");
        String appAndOperator = api.createOperator("both", "MEMBER_APP", "FINANCE");
        api.fund(operatorWhoIsAMember, "POINT", "100");
        long ownWithdrawal = api.requested(operatorWhoIsAMember, "POINT", "10");
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        ApiClient.Response created = api.as(appAndOperator)
                .header("Idempotency-Key", TestIds.unique("key"))
                .post("/api/v1/withdrawals", "{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":\"5\"}");

        ApiClient.Response byMember = api.approve(operatorWhoIsAMember, ownWithdrawal);
        ApiClient.Response byRequester =
                api.approve(appAndOperator, created.json().path("id").asLong());

        assertThat(byMember.status()).isEqualTo(409);
        assertThat(byMember.json().path("code").asString()).isEqualTo("invalid_approver");
        assertThat(byRequester.json().path("code").asString()).isEqualTo("invalid_approver");
        assertThat(api.status(ownWithdrawal)).isEqualTo("pending");
    }

    @Test
    void anOperatorNamedLikeTheMemberInAnotherCaseCannotApprove() {
        String operator = api.createOperator("ops", "OPERATIONS");
        String member = operator.toUpperCase(Locale.ROOT);
        api.fund(member, "POINT", "100");
        long id = api.requested(member, "POINT", "10");

        ApiClient.Response byNamesake = api.approve(operator, id);

        assertThat(byNamesake.status()).as(byNamesake.body()).isEqualTo(409);
        assertThat(byNamesake.json().path("code").asString()).isEqualTo("invalid_approver");
        assertThat(api.status(id)).isEqualTo("pending");
    }

    @Test
    void anOperatorLinkedToTheMemberCannotApproveNorRejectItsWithdrawal() {
        String member = TestIds.member();
        String linked = api.createOperatorOf(member, "lnk", "FINANCE");
        api.fund(member, "POINT", "100");
        long id = api.requested(member, "POINT", "10");
        api.approve(api.operations, id);

        ApiClient.Response approval = api.approve(linked, id);
        ApiClient.Response rejection = api.reject(linked, id, "mine");

        assertThat(approval.status()).as(approval.body()).isEqualTo(409);
        assertThat(approval.json().path("code").asString()).isEqualTo("invalid_approver");
        assertThat(rejection.status()).as(rejection.body()).isEqualTo(409);
        assertThat(api.status(id)).isEqualTo("approved_pending");
        assertThat(gateway.executions(PayoutReferences.payout(id))).isZero();
    }

    @Test
    void administratorsAndTheMemberAppCannotApprove() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        long id = api.requested(member, "POINT", "10");

        assertThat(api.admin()
                        .post("/api/v1/withdrawals/" + id + "/approvals", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(api.approve(api.memberApp, id).status()).isEqualTo(403);
        assertThat(api.status(id)).isEqualTo("pending");
    }

    @Test
    void approvingAFinishedWithdrawalIsAnInvalidState() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        long id = api.requested(member, "POINT", "10");
        api.approve(api.operations, id);
        api.approve(api.finance, id);

        ApiClient.Response late = api.approve(api.finance2, id);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("code").asString()).isEqualTo("invalid_state");
        assertThat(late.json().path("status").asInt()).isEqualTo(409);
        assertThat(late.json().path("state").asString()).isEqualTo("completed");
        assertThat(gateway.executions(PayoutReferences.payout(id))).isEqualTo(1);
    }

    @Test
    void rejectionReturnsTheHoldAndIsAudited() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        long id = api.requested(member, "POINT", "25");
        api.approve(api.operations, id);

        ApiClient.Response rejected = api.reject(api.finance, id, "documents missing");

        assertThat(rejected.json().path("status").asString()).isEqualTo("rejected");
        assertThat(rejected.json().path("decidedBy").asString()).isEqualTo(api.finance);
        assertThat(api.auditEntry(id, "rejected").path("notes").asString()).isEqualTo("documents missing");
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("100");
        assertThat(api.held(member, "POINT")).isZero();
        assertThat(api.reject(api.finance, id, "again").json().path("code").asString())
                .isEqualTo("invalid_state");
    }

    @Test
    void memberCancelsOnlyWhileTheWithdrawalAwaitsItsFirstApproval() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        long cancelled = api.requested(member, "POINT", "20");
        long approvedOnce = api.requested(member, "POINT", "30");
        api.approve(api.operations, approvedOnce);

        ApiClient.Response cancel = api.cancel(cancelled);
        ApiClient.Response tooLate = api.cancel(approvedOnce);

        assertThat(cancel.json().path("status").asString()).isEqualTo("cancelled");
        assertThat(api.auditActions(cancelled)).containsExactly("requested", "cancelled");
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().path("code").asString()).isEqualTo("invalid_state");
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("70");
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("30");
        assertThat(api.as(api.operations)
                        .post("/api/v1/withdrawals/" + cancelled + "/cancellation", "{}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void flaggedWithdrawalNeedsANoteOnEachApproval() {
        String member = TestIds.member();
        api.fund(member, "DOGE", "5000");
        long id = api.requested(member, "DOGE", "1500");

        ApiClient.Response withoutNote = api.approve(api.operations, id);
        ApiClient.Response withNote = api.approve(api.operations, id, "called the member");
        ApiClient.Response secondWithoutNote = api.approve(api.finance, id);

        assertThat(withoutNote.status()).isEqualTo(422);
        assertThat(withoutNote.json().path("code").asString()).isEqualTo("note_required");
        assertThat(withNote.json().path("status").asString()).isEqualTo("approved_pending");
        assertThat(secondWithoutNote.json().path("code").asString()).isEqualTo("note_required");
        assertThat(api.approve(api.finance, id, "second look")
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("completed");
    }

    @Test
    void submittedPayoutCompletesWhenTheVendorSettlesAndRepeatsChangeNothing() {
        String member = TestIds.member();
        api.fund(member, "LTC", "5");
        long id = api.requested(member, "LTC", "2");
        gateway.script(member, ScriptedPayoutGateway.answer(PayoutOutcome.submitted("hd-77")));
        api.approve(api.operations, id);

        ApiClient.Response submitted = api.approve(api.finance, id);
        boolean first = settlements.onPayoutSettled(PayoutReferences.payout(id), PayoutOutcome.completed("hd-77"));
        boolean repeated = settlements.onPayoutSettled(PayoutReferences.payout(id), PayoutOutcome.completed("hd-77"));
        boolean contradicting = settlements.onPayoutSettled(
                PayoutReferences.payout(id), PayoutOutcome.failedDefinite("vendor changed its mind"));

        assertThat(submitted.json().path("status").asString()).isEqualTo("submitted");
        assertThat(submitted.json().path("vendorReference").asString()).isEqualTo("hd-77");
        assertThat(first).isTrue();
        assertThat(repeated).isFalse();
        assertThat(contradicting).isFalse();
        assertThat(api.status(id)).isEqualTo("completed");
        assertThat(api.auditActions(id)).endsWith("submitted", "completed");
        assertThat(api.held(member, "LTC")).isZero();
        assertThat(alerts.about(String.valueOf(id)))
                .extracting(alert -> alert.title())
                .containsExactly("Contradictory payout result");
    }
}

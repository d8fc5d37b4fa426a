package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aeghash.approval.Checker;
import com.aeghash.config.MBlockTreasuryProperties;
import com.aeghash.ledger.Asset;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.sandbox.MBlockSandbox;
import com.aeghash.security.Role;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.wallet.Resolution;
import com.aeghash.wallet.WalletOperations;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.Wallets;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutReferences;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * POINT withdrawals end to end through the real treasury adapter and the wallet module against the MBlock
 * simulator (whose chain the sandbox seeds with the treasury wallet), with MBlock's faults injected as an operator
 * would; run on H2 and on PostgreSQL.
 */
@OnEachDatabase
class TreasuryPayoutsIT extends VendorPayoutTestBase {

    private static final String TRANSFER = "mblock/transferByWalletKey";
    private static final String TXID = "^0x[0-9a-f]{64}$";

    @Autowired
    Wallets wallets;

    @Autowired
    WalletOperations walletOperations;

    @Autowired
    MBlockSandbox mblock;

    @Autowired
    MBlockTreasuryProperties treasury;

    TreasuryPayoutsIT(TestDatabases.Kind database) {
        super(database);
    }

    @Test
    void twoStepApprovalPaysThePointTokenFromTheTreasuryToTheMembersWalletSubmittedThenCompleted() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        String address = wallets.createWallet(member).wallet().address();
        api.fund(member, "POINT", "100");
        long id = api.requested(member, "POINT", "40");
        int sendsBefore = mblock.received("transferByWalletKey");
        BigDecimal treasuryBefore = treasuryTokens();
        api.approve(api.operations, id);

        ApiClient.Response paid = api.approve(api.finance, id);
        awaitStatus(id, "completed");

        // The settlement event may overtake the recording of the send: "submitted" is then skipped, never reversed.
        assertThat(paid.json().path("status").asString()).isIn("submitted", "completed");
        String txid = paid.json().path("vendorReference").asString();
        assertThat(txid).matches(TXID);
        List<String> actions = api.auditActions(id);
        assertThat(actions)
                .containsSubsequence("approved", "executing", "completed")
                .doesNotContain("unknown");
        if (actions.contains("submitted")) {
            assertThat(actions).containsSubsequence("executing", "submitted", "completed");
        }
        assertThat(mblock.balanceOf(address, contract())).isEqualByComparingTo("40");
        assertThat(treasuryBefore.subtract(treasuryTokens())).isEqualByComparingTo("40");
        assertThat(mblock.received("transferByWalletKey") - sendsBefore).isEqualTo(1);
        WalletTransaction transfer = treasuryTransfer(id);
        assertThat(transfer.source()).isEqualTo("treasury");
        assertThat(transfer.status()).isEqualTo(WalletTransactionStatus.SUBMITTED);
        assertThat(transfer.txid()).isEqualTo(txid);
        assertThat(ledgerLines(id)).isEqualTo(paidOut("40"));
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("60");
        assertThat(api.held(member, "POINT")).isZero();
    }

    @Test
    void aWhitelistedAddressIsPaidInsteadOfTheMembersWallet() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        String destination = randomAddress();
        api.fund(member, "POINT", "30");
        ApiClient.Response registered = api.as(api.memberApp)
                .post(
                        "/api/v1/members/" + member + "/withdrawal-addresses",
                        "{\"asset\":\"POINT\",\"address\":\"" + destination + "\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        ApiClient.Response requested = api.request(member, "POINT", "25", ",\"destination\":\"" + destination + "\"");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        long id = requested.json().path("id").asLong();

        api.approve(api.operations, id);
        api.approve(api.finance, id);
        awaitStatus(id, "completed");

        assertThat(mblock.balanceOf(destination, contract())).isEqualByComparingTo("25");
        assertThat(ledgerLines(id)).isEqualTo(paidOut("25"));
    }

    @Test
    void aMemberWithoutPlatformWalletOrDestinationIsRefusedAtRequestTime() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        api.fund(member, "POINT", "10");

        ApiClient.Response refused = api.request(member, "POINT", "5", "");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("code").asString()).isEqualTo("member_wallet_missing");
        assertThat(api.listedFor(member)).isZero();
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("10");
    }

    @Test
    void mblockError12IsUnknownUntilAnOperatorDecidesTheTransferFailedThenTheHoldIsReturned() {
        fault(
                TRANSFER,
                "{\"errorRate\":1,\"errorMessage\":\"Request Time out, Transaction receipt not found.\","
                        + "\"times\":1}");
        String member = OrganizationFixtures.registered(context, TestIds.member());
        String address = wallets.createWallet(member).wallet().address();
        api.fund(member, "POINT", "50");
        long id = api.requested(member, "POINT", "20");
        api.approve(api.operations, id);

        ApiClient.Response answer = api.approve(api.finance, id);
        reconciler.reconcileDue(clock.instant().plus(Duration.ofMinutes(6)));
        String afterLookUp = api.status(id);
        long request = walletOperations
                .resolve(
                        treasuryTransfer(id).id(),
                        new Resolution(false, null, "not on the chain explorer"),
                        api.operations)
                .awaiting()
                .id();
        approvalRequests.approve(request, new Checker(api.finance, Set.of(Role.FINANCE)), null);
        awaitStatus(id, "failed");

        assertThat(answer.json().path("status").asString()).isEqualTo("unknown");
        assertThat(afterLookUp).isEqualTo("unknown");
        assertThat(api.withdrawal(id).path("statusReason").asString()).contains("decided failed by an operator");
        assertThat(mblock.balanceOf(address, contract())).isZero();
        assertThat(ledgerLines(id)).isEqualTo(returned("20"));
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("50");
        await().atMost(SETTLE_WITHIN)
                .untilAsserted(() -> assertThat(withdrawalAlerts(id))
                        .containsExactly("Withdrawal outcome unknown", "Withdrawal failed"));
    }

    @Test
    void aLostAnswerAfterMBlockPaidIsResolvedByTheReceiptOfTheTxidFoundOnTheExplorer() {
        fault(TRANSFER, "{\"dropResponse\":true,\"dropMode\":\"GATEWAY_ERROR\",\"times\":1}");
        String member = OrganizationFixtures.registered(context, TestIds.member());
        String address = wallets.createWallet(member).wallet().address();
        api.fund(member, "POINT", "50");
        long id = api.requested(member, "POINT", "15");
        int sendsBefore = mblock.received("transferByWalletKey");
        api.approve(api.operations, id);

        ApiClient.Response answer = api.approve(api.finance, id);
        String txid = mblock.receiptsOf(address).get(0).txid();
        walletOperations.attachCandidateTxid(treasuryTransfer(id).id(), txid, api.operations);
        ApiClient.Response janitor = api.admin().post("/api/v1/wallet-janitor/runs", "");
        awaitStatus(id, "completed");

        assertThat(answer.json().path("status").asString()).isEqualTo("unknown");
        assertThat(janitor.status()).as(janitor.body()).isEqualTo(200);
        assertThat(api.withdrawal(id).path("vendorReference").asString()).isEqualTo(txid);
        assertThat(mblock.balanceOf(address, contract())).isEqualByComparingTo("15");
        assertThat(mblock.received("transferByWalletKey") - sendsBefore).isEqualTo(1);
        assertThat(ledgerLines(id)).isEqualTo(paidOut("15"));
        assertThat(api.held(member, "POINT")).isZero();
    }

    @Test
    void aTreasuryShortOfTokensFailsTheWithdrawalReturnsTheHoldAndRecordsAnAlert() {
        fault(TRANSFER, "{\"errorRate\":1,\"errorMessage\":\"Not enough balance\",\"times\":1}");
        String member = OrganizationFixtures.registered(context, TestIds.member());
        wallets.createWallet(member);
        api.fund(member, "POINT", "50");
        long id = api.requested(member, "POINT", "35");
        api.approve(api.operations, id);

        ApiClient.Response answer = api.approve(api.finance, id);

        assertThat(answer.json().path("status").asString()).isEqualTo("failed");
        assertThat(answer.json().path("statusReason").asString()).contains("insufficient_balance");
        assertThat(ledgerLines(id)).isEqualTo(returned("35"));
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("50");
        await().atMost(SETTLE_WITHIN)
                .untilAsserted(() -> assertThat(withdrawalAlerts(id)).containsExactly("Withdrawal failed"));
    }

    @Test
    void aCrashAfterMBlockWasAskedSettlesAfterTheRestartWithoutSendingAgain() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        String address = wallets.createWallet(member).wallet().address();
        api.fund(member, "POINT", "10");
        long id = approvedWithoutExecution(member, "POINT", "8");
        Withdrawal executing = executingAfterCrash(id);
        int sendsBefore = mblock.received("transferByWalletKey");
        gateways.forAsset(Asset.POINT)
                .orElseThrow()
                .execute(new PayoutCommand(
                        executing.payoutReference(), id, member, Asset.POINT, executing.amount(), null));
        // The process died here, before recording MBlock's answer. After the restart:

        batch.executeApproved(50);
        reconciler.reconcileDue(clock.instant().plus(Duration.ofMinutes(2)));
        awaitStatus(id, "completed");

        assertThat(mblock.received("transferByWalletKey") - sendsBefore).isEqualTo(1);
        assertThat(mblock.balanceOf(address, contract())).isEqualByComparingTo("8");
        assertThat(api.auditActions(id)).containsOnlyOnce("executing");
        assertThat(ledgerLines(id)).isEqualTo(paidOut("8"));
    }

    @Test
    void aCrashBeforeMBlockWasAskedFailsTheWithdrawalAfterTheRestartWithoutSendingIt() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        wallets.createWallet(member);
        api.fund(member, "POINT", "10");
        long id = approvedWithoutExecution(member, "POINT", "9");
        executingAfterCrash(id);
        int sendsBefore = mblock.received("transferByWalletKey");

        batch.executeApproved(50);
        reconciler.reconcileDue(clock.instant().plus(Duration.ofMinutes(2)));

        assertThat(api.status(id)).isEqualTo("failed");
        assertThat(api.withdrawal(id).path("statusReason").asString()).contains("MBlock was never asked");
        assertThat(mblock.received("transferByWalletKey")).isEqualTo(sendsBefore);
        assertThat(wallets.transactionByReference(PayoutReferences.payout(id)))
                .get()
                .extracting(WalletTransaction::status)
                .as("the reference is fenced")
                .isEqualTo(WalletTransactionStatus.FAILED);
        assertThat(ledgerLines(id)).isEqualTo(returned("9"));

        // The call that "crashed" was only stalled before recording its intent, and resumes now: it sends nothing.
        PayoutOutcome late = gateways.forAsset(Asset.POINT)
                .orElseThrow()
                .execute(new PayoutCommand(
                        PayoutReferences.payout(id), id, member, Asset.POINT, new BigDecimal("9"), null));
        assertThat(late.kind()).isEqualTo(PayoutOutcome.Kind.FAILED_DEFINITE);
        assertThat(mblock.received("transferByWalletKey")).isEqualTo(sendsBefore);
        assertThat(ledgerLines(id)).isEqualTo(returned("9"));
    }

    @Test
    void oneOperatorCannotDeclareAnUnclearPayoutFailedASecondOneApprovesAndTheTrailNamesBoth() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        long id = unknownPayoutAfterError12(member, "50", "20");
        long transfer = treasuryTransfer(id).id();

        ApiClient.Response declared = api.as(api.operations)
                .post(
                        "/api/v1/wallet-transactions/" + transfer + "/resolution",
                        "{\"outcome\":\"failed\",\"note\":\"not on the chain explorer\"}");
        String whileAwaiting = api.status(id);
        BigDecimal heldWhileAwaiting = api.held(member, "POINT");
        long requestId = declared.json().path("id").asLong();
        ApiClient.Response approved = api.as(api.finance)
                .post("/api/v1/approval-requests/" + requestId + "/approvals", "{\"note\":\"checked too\"}");
        awaitStatus(id, "failed");

        assertThat(declared.status()).as(declared.body()).isEqualTo(202);
        assertThat(declared.json().path("kind").asString()).isEqualTo("wallet.transaction_decision");
        assertThat(whileAwaiting).isEqualTo("unknown");
        assertThat(heldWhileAwaiting).isEqualByComparingTo("20");
        assertThat(approved.json().path("status").asString())
                .as(approved.body())
                .isEqualTo("executed");
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("50");
        assertTrailNamesBoth(id, "failed", api.operations, api.finance);
    }

    @Test
    void aCandidateTxidIsRefusedUnlessItsReceiptIsOnTheChain() {
        long id = unknownPayoutAfterError12(OrganizationFixtures.registered(context, TestIds.member()), "30", "12");
        long transfer = treasuryTransfer(id).id();
        String neverMined = "0x" + "7e".repeat(32);

        ApiClient.Response attached = api.as(api.operations)
                .post(
                        "/api/v1/wallet-transactions/" + transfer + "/candidate-txid",
                        "{\"txid\":\"" + neverMined + "\"}");

        assertThat(attached.status()).as(attached.body()).isEqualTo(422);
        assertThat(attached.json().path("code").asString()).isEqualTo("txid_not_confirmed");
        assertThat(treasuryTransfer(id).txid()).isNull();
        assertThat(api.status(id)).isEqualTo("unknown");
    }

    /** A POINT payout MBlock answered with error 12 (nothing on the chain, no txid): approved twice, unknown. */
    private long unknownPayoutAfterError12(String member, String funded, String amount) {
        fault(
                TRANSFER,
                "{\"errorRate\":1,\"errorMessage\":\"Request Time out, Transaction receipt not found.\","
                        + "\"times\":1}");
        wallets.createWallet(member);
        api.fund(member, "POINT", funded);
        long id = api.requested(member, "POINT", amount);
        api.approve(api.operations, id);
        assertThat(api.approve(api.finance, id).json().path("status").asString())
                .isEqualTo("unknown");
        return id;
    }

    private WalletTransaction treasuryTransfer(long id) {
        return wallets.transactionByReference(PayoutReferences.payout(id)).orElseThrow();
    }

    private String contract() {
        return treasury.pointTokenContract();
    }

    private BigDecimal treasuryTokens() {
        String address = mblock.addressOf(treasury.walletKey().reveal()).orElseThrow();
        return mblock.balanceOf(address, contract());
    }

    private static String randomAddress() {
        byte[] bytes = new byte[20];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "0x" + HexFormat.of().formatHex(bytes);
    }
}

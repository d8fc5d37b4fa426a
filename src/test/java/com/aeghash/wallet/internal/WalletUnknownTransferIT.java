package com.aeghash.wallet.internal;

import static com.aeghash.wallet.internal.WalletFlowIT.ADDRESS;
import static com.aeghash.wallet.internal.WalletFlowIT.TO;
import static com.aeghash.wallet.internal.WalletFlowIT.TXID;
import static com.aeghash.wallet.internal.WalletFlowIT.WALLET_KEY;
import static com.aeghash.wallet.internal.WalletFlowIT.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.aeghash.approval.DoneOrAwaiting;
import com.aeghash.common.ApiException;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.Resolution;
import com.aeghash.wallet.Settlement;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.WalletTransferSettled;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Transfers whose outcome MBlock left unknown: never resent, settled by their receipt, or declared failed by an
 * operator only on the chain's word, else by a second operator. Real services and client, in-memory
 * repositories, a mock MBlock transport.
 */
class WalletUnknownTransferIT {

    private final WalletTestKit kit = new WalletTestKit();

    @Test
    void errorTwelveIsUnknownIsNeverResentAndEndsWithAnOperatorDecision() {
        kit.walletFor("member-9", ADDRESS, WALLET_KEY);
        kit.expect(
                "transferByWalletKey",
                "{\"result\":false,\"message\":\"Request Time out, Transaction receipt not found.\"}");

        WalletTransaction transfer = kit.service.transferFrom(command("ref-9", "member-9", "3"));
        kit.vendor.verify();

        assertThat(transfer.status()).isEqualTo(WalletTransactionStatus.UNKNOWN);
        assertThat(kit.alertsTitled("Wallet transfer outcome unknown")).hasSize(1);
        for (Duration delay : kit.properties.janitorSchedule()) {
            kit.clock.advance(delay);
            assertThat(kit.reconciler.reconcile().checked()).isEqualTo(1);
        }
        kit.vendor.verify();
        TransactionRecord handedOver = kit.transactions.find(transfer.id()).orElseThrow();
        assertThat(handedOver.status()).isEqualTo(WalletTransactionStatus.UNKNOWN);
        assertThat(handedOver.needsOperator()).isTrue();
        assertThat(kit.alertsTitled("Wallet transfer needs an operator decision"))
                .hasSize(1);
        assertThat(kit.reconciler.reconcile().checked()).isZero();

        // No txid: MBlock cannot be asked, so one operator's word is not enough.
        DoneOrAwaiting<WalletTransaction> asked = kit.operations.resolve(
                transfer.id(), new Resolution(false, null, "not on the explorer after 1 day"), "ops-anna");
        assertThat(asked.isDone()).isFalse();
        assertThat(kit.transactions.find(transfer.id()).orElseThrow().status())
                .isEqualTo(WalletTransactionStatus.UNKNOWN);
        assertThat(asked.awaiting().kind()).isEqualTo("wallet.transaction_decision");
        String result = kit.decisionApprovals.execute(asked.awaiting(), "fin-bob");
        WalletTransaction decided = kit.service.transaction(transfer.id());

        assertThat(result).contains("failed");
        assertThat(decided.status()).isEqualTo(WalletTransactionStatus.FAILED);
        assertThat(decided.failureReason()).isEqualTo(FailureReason.OPERATOR_DECISION);
        assertThat(decided.resolvedBy()).isEqualTo("ops-anna");
        assertThat(decided.approvedBy()).isEqualTo("fin-bob");
        assertThat(kit.audits).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("wallet.transaction_resolved");
            assertThat(entry.actor()).isEqualTo("ops-anna");
            assertThat(entry.details()).containsEntry("approvedBy", "fin-bob");
        });
        assertThat(kit.events).singleElement().isInstanceOfSatisfying(WalletTransferSettled.class, settled -> {
            assertThat(settled.outcome()).isEqualTo(Settlement.FAILED);
            assertThat(settled.decision().decidedBy()).isEqualTo("ops-anna");
            assertThat(settled.decision().approvedBy()).isEqualTo("fin-bob");
        });
        assertThatThrownBy(() -> kit.operations.resolve(
                        transfer.id(), new Resolution(true, null, "second thoughts"), "ops-anna"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.code()).isEqualTo("transaction_not_unknown"));
    }

    @Test
    void theMembersOwnOperatorNeitherDecidesNorChecksTheMembersUnknownTransfer() {
        kit.walletFor("member-7", ADDRESS, WALLET_KEY);
        kit.expect(
                "transferByWalletKey",
                "{\"result\":false,\"message\":\"Request Time out, Transaction receipt not found.\"}");
        WalletTransaction transfer = kit.service.transferFrom(command("ref-7", "member-7", "3"));
        kit.operatorMembers.put("ops-linked", "member-7");
        Resolution failed = new Resolution(false, null, "not on the explorer");

        assertThatThrownBy(() -> kit.operations.resolve(transfer.id(), failed, "ops-linked"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.code()).isEqualTo("operator_is_member"));
        assertThatThrownBy(() -> kit.operations.resolve(transfer.id(), failed, "MEMBER-7"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.code()).isEqualTo("operator_is_member"));
        DoneOrAwaiting<WalletTransaction> asked = kit.operations.resolve(transfer.id(), failed, "ops-anna");
        assertThat(kit.decisionApprovals.memberOf(asked.awaiting()))
                .as("its checker is refused the same way")
                .contains("member-7");
        assertThat(kit.transactions.find(transfer.id()).orElseThrow().status())
                .isEqualTo(WalletTransactionStatus.UNKNOWN);
    }

    @Test
    void anUnknownTransferWithATxidIsSettledByItsReceipt() {
        kit.walletFor("member-10", ADDRESS, WALLET_KEY);
        kit.expect(
                "transferByWalletKey",
                "{\"result\":false,\"message\":\"Request Time out, Transaction receipt not found.\"," + "\"txid\":\""
                        + TXID + "\"}");
        WalletTransaction transfer = kit.service.transferFrom(command("ref-10", "member-10", "3"));
        kit.callsDone();
        kit.expect("receiptByHash", "{\"result\":false,\"message\":\"Transaction receipt not found\"}");
        kit.expectCall("receiptByHash")
                .andExpect(jsonPath("$.txid").value(TXID))
                .andRespond(withSuccess(
                        "{\"result\":true,\"from\":\"" + ADDRESS + "\",\"to\":\"" + TO
                                + "\",\"amount\":\"3.0\",\"message\":\"success\"}",
                        MediaType.APPLICATION_JSON));

        kit.clock.advance(Duration.ofMinutes(5));
        assertThat(kit.reconciler.reconcile().resolved()).isZero();
        kit.clock.advance(Duration.ofHours(1));
        assertThat(kit.reconciler.reconcile().resolved()).isEqualTo(1);

        kit.vendor.verify();
        TransactionRecord settled = kit.transactions.find(transfer.id()).orElseThrow();
        assertThat(settled.status()).isEqualTo(WalletTransactionStatus.SUBMITTED);
        assertThat(settled.checkNote()).contains("matches");
        assertThat(kit.events).singleElement().isInstanceOf(WalletTransferSettled.class);
    }

    @Test
    void oneOperatorDeclaresATransferFailedOnlyOnTheChainsWordNoReceiptInEveryCheckAndNoneNow() {
        WalletTransaction transfer = unknownTransfer("member-14", TXID);
        String notFound = "{\"result\":false,\"message\":\"Transaction receipt not found\"}";
        for (Duration delay : kit.properties.janitorSchedule()) {
            kit.expect("receiptByHash", notFound);
            kit.clock.advance(delay);
            kit.reconciler.reconcile();
            kit.callsDone();
        }
        kit.expect("receiptByHash", notFound);

        DoneOrAwaiting<WalletTransaction> decided = kit.operations.resolve(
                transfer.id(), new com.aeghash.wallet.Resolution(false, null, "dropped from the mempool"), "ops-anna");

        kit.vendor.verify();
        assertThat(kit.transactions.find(transfer.id()).orElseThrow().receiptNotFoundChecks())
                .isEqualTo(3);
        assertThat(decided.isDone()).isTrue();
        assertThat(decided.done().status()).isEqualTo(WalletTransactionStatus.FAILED);
        assertThat(decided.done().resolvedBy()).isEqualTo("ops-anna");
        assertThat(decided.done().approvedBy()).isNull();
        assertThat(decided.done().checkNote()).contains("no receipt of " + TXID + " in 3 checks and again now");
        assertThat(kit.approvals.filed()).isEmpty();
        assertThat(kit.events)
                .singleElement()
                .isInstanceOfSatisfying(
                        WalletTransferSettled.class,
                        settled -> assertThat(settled.decision().evidence()).contains("no receipt"));
    }

    @Test
    void aReceiptFoundWhenTheOperatorDecidesKeepsTheTransferForASecondOperator() {
        WalletTransaction transfer = unknownTransfer("member-15", TXID);
        kit.expect("receiptByHash", "{\"result\":false,\"message\":\"Transaction receipt not found\"}");
        kit.clock.advance(Duration.ofMinutes(5));
        kit.reconciler.reconcile();
        kit.callsDone();

        DoneOrAwaiting<WalletTransaction> decided = kit.operations.resolve(
                transfer.id(), new com.aeghash.wallet.Resolution(false, null, "not on the explorer"), "ops-anna");

        assertThat(decided.isDone())
                .as("one check without a receipt is not the chain's word")
                .isFalse();
        assertThat(decided.awaiting().payload().path("receiptNotFoundChecks").asInt())
                .isEqualTo(1);
        assertThat(kit.transactions.find(transfer.id()).orElseThrow().status())
                .isEqualTo(WalletTransactionStatus.UNKNOWN);
    }

    @Test
    void aTxidIsAcceptedOnlyWhenItsReceiptMatchesTheTransferAndThenSettlesIt() {
        WalletTransaction transfer = unknownTransfer("member-16", null);
        String otherTxid = "0x" + "3b".repeat(32);
        kit.expect(
                "receiptByHash",
                "{\"result\":true,\"from\":\"" + ADDRESS + "\",\"to\":\"" + TO + "\",\"amount\":\"4\"}");
        kit.expect(
                "receiptByHash",
                "{\"result\":true,\"from\":\"" + ADDRESS + "\",\"to\":\"" + TO + "\",\"amount\":\"3\"}");

        assertThatThrownBy(() -> kit.operations.attachCandidateTxid(transfer.id(), otherTxid, "ops-anna"))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.code()).isEqualTo("txid_not_confirmed");
                    assertThat(problem.status().value()).isEqualTo(422);
                });
        TransactionRecord untouched = kit.transactions.find(transfer.id()).orElseThrow();
        WalletTransaction attached = kit.operations.attachCandidateTxid(transfer.id(), TXID, "ops-anna");

        kit.vendor.verify();
        assertThat(untouched.status()).isEqualTo(WalletTransactionStatus.UNKNOWN);
        assertThat(untouched.txid()).isNull();
        assertThat(attached.status()).isEqualTo(WalletTransactionStatus.SUBMITTED);
        assertThat(attached.txid()).isEqualTo(TXID);
        assertThat(attached.resolvedBy()).isEqualTo("ops-anna");
        assertThat(kit.transactions.txidDecisionLocks())
                .as("the settling transaction took the txid decisions' lock (the refused txid never reached it)")
                .isEqualTo(1);
        assertThat(kit.audits).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("wallet.candidate_txid_attached");
            assertThat(entry.details()).containsEntry("txid", TXID);
        });
    }

    /**
     * Found by the seeded simulation (docs/simulation.md, {@code TXID_OF_ANOTHER_PAYOUT}): two transfers of the same
     * amount to the same recipient, the first sent, the second never; the first one's txid matches the second on the
     * chain (recipient, amount, sender), yet it proves nothing of it: accepted, one payment would settle both.
     */
    @Test
    void aTxidAnotherTransactionHoldsIsRefusedThoughItsReceiptWouldMatch() {
        kit.walletFor("member-17", ADDRESS, WALLET_KEY);
        kit.expect("transferByWalletKey", "{\"result\":true,\"txid\":\"" + TXID + "\"}");
        kit.expect("transferByWalletKey", "{\"result\":false,\"message\":\"RPCError: timeout\"}");
        WalletTransaction sent = kit.service.transferFrom(command("ref-17-sent", "member-17", "3"));
        WalletTransaction lost = kit.service.transferFrom(command("ref-17-lost", "member-17", "3"));
        kit.callsDone();
        assertThat(sent.status()).isEqualTo(WalletTransactionStatus.SUBMITTED);
        assertThat(lost.status()).isEqualTo(WalletTransactionStatus.UNKNOWN);

        assertThatThrownBy(() -> kit.operations.attachCandidateTxid(lost.id(), TXID, "ops-anna"))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.code()).isEqualTo("txid_not_confirmed");
                    assertThat(problem.status().value()).isEqualTo(422);
                });
        assertThatThrownBy(() ->
                        kit.operations.resolve(lost.id(), new Resolution(true, TXID, "on the explorer"), "ops-anna"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.code()).isEqualTo("txid_not_confirmed"));

        kit.vendor.verify(); // refused before MBlock was asked for a receipt
        assertThat(kit.transactions.find(lost.id()).orElseThrow().status()).isEqualTo(WalletTransactionStatus.UNKNOWN);
        assertThat(kit.transactions.find(sent.id()).orElseThrow().txid()).isEqualTo(TXID);
    }

    @Test
    void aReceiptThatDoesNotMatchLeavesTheTransferUnknown() {
        kit.walletFor("member-11", ADDRESS, WALLET_KEY);
        kit.expect(
                "transferByWalletKey",
                "{\"result\":false,\"message\":\"RPCError: timeout\",\"txid\":\"" + TXID + "\"}");
        WalletTransaction transfer = kit.service.transferFrom(command("ref-11", "member-11", "3"));
        kit.callsDone();
        kit.expect(
                "receiptByHash",
                "{\"result\":true,\"from\":\"" + ADDRESS + "\",\"to\":\"" + TO + "\",\"amount\":\"30\"}");

        kit.clock.advance(Duration.ofMinutes(5));
        kit.reconciler.reconcile();

        TransactionRecord row = kit.transactions.find(transfer.id()).orElseThrow();
        assertThat(row.status()).isEqualTo(WalletTransactionStatus.UNKNOWN);
        assertThat(row.checkNote()).contains("does not match");
    }

    /** A transfer of 3 from the member's wallet whose answer was an RPC timeout, with the txid MBlock gave or none. */
    private WalletTransaction unknownTransfer(String memberId, String txid) {
        kit.walletFor(memberId, ADDRESS, WALLET_KEY);
        kit.expect(
                "transferByWalletKey",
                "{\"result\":false,\"message\":\"RPCError: timeout\""
                        + (txid == null ? "" : ",\"txid\":\"" + txid + "\"") + "}");
        WalletTransaction transfer = kit.service.transferFrom(command("ref-" + memberId, memberId, "3"));
        kit.callsDone();
        assertThat(transfer.status()).isEqualTo(WalletTransactionStatus.UNKNOWN);
        return transfer;
    }
}

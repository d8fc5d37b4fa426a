package com.aeghash.wallet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.aeghash.approval.DoneOrAwaiting;
import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.Resolution;
import com.aeghash.wallet.Settlement;
import com.aeghash.wallet.TransferCommand;
import com.aeghash.wallet.WalletCreation;
import com.aeghash.wallet.WalletKeySource;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.WalletTransferSettled;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import com.aeghash.wallet.internal.transactions.TransactionResponses;
import com.aeghash.wallet.internal.wallets.WalletRecord;
import com.aeghash.wallet.internal.wallets.WalletState;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Wallet creation, balance and transfers end to end through the real services and client, with in-memory
 * repositories and a mock MBlock transport.
 */
class WalletFlowIT {

    private static final String ADDRESS = "0x00000000000000000000000000000000000000a1";
    private static final String WALLET_KEY = "flow-wallet-key-0c1d2e3f4a5b";
    private static final String TO = "0x00000000000000000000000000000000000000b2";
    private static final String CONTRACT = "0x55d398326f99059ff775485246999027b3197955";
    private static final String TXID = "0x" + "2a".repeat(32);

    private final WalletTestKit kit = new WalletTestKit();

    @Test
    void aWalletIsCreatedOnceWithItsKeyStoredEncrypted() {
        TestSecrets.register(WALLET_KEY);
        kit.expect(
                "requestWallet",
                "{\"result\":true,\"address\":\"" + ADDRESS + "\",\"walletKey\":\"" + WALLET_KEY
                        + "\",\"message\":\"success\"}");

        WalletCreation first = kit.service.createWallet("member-1");
        WalletCreation second = kit.service.createWallet("member-1");

        kit.vendor.verify();
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.wallet()).isEqualTo(first.wallet());
        assertThat(first.wallet().address()).isEqualTo(ADDRESS);
        assertThat(first.wallet().toString()).doesNotContain(WALLET_KEY);
        WalletRecord stored = kit.wallets.find("member-1").orElseThrow();
        assertThat(stored.keyCiphertext()).doesNotContain(WALLET_KEY).startsWith("v1:");
        assertThat(kit.encryptor
                        .decrypt(stored.keyCiphertext(), "wallet:member-1")
                        .reveal())
                .isEqualTo(WALLET_KEY);
        assertThat(stored.keyFingerprint()).isEqualTo(Secret.fingerprintOf(WALLET_KEY));
        assertThat(kit.audits).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("wallet.created");
            assertThat(entry.details())
                    .containsEntry("keyFingerprint", Secret.fingerprintOf(WALLET_KEY))
                    .doesNotContainValue(WALLET_KEY);
        });
    }

    @Test
    void aFailedCreationStoresNothingAndMayBeRepeated() {
        kit.expect("requestWallet", "{\"result\":false,\"message\":\"No API Permission\"}");

        assertThatThrownBy(() -> kit.service.createWallet("member-2"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.code()).isEqualTo("mblock_failed"));
        kit.callsDone();

        assertThat(kit.wallets.find("member-2")).isEmpty();
        kit.walletFor("member-2", ADDRESS, WALLET_KEY);
        assertThat(kit.wallets.find("member-2"))
                .get()
                .extracting(WalletRecord::state)
                .isEqualTo(WalletState.ACTIVE);
    }

    @Test
    void aCreationInProgressIsAConflict() {
        kit.wallets.claimCreation("member-3", kit.clock.instant(), kit.clock.instant());

        assertThatThrownBy(() -> kit.service.createWallet("member-3"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.code()).isEqualTo("wallet_creation_in_progress"));
    }

    @Test
    void theBalanceIsReadForTheWalletsAddress() {
        kit.walletFor("member-4", ADDRESS, WALLET_KEY);
        kit.expectCall("balanceOf")
                .andExpect(jsonPath("$.address").value(ADDRESS))
                .andExpect(jsonPath("$.contract").value(CONTRACT))
                .andRespond(withSuccess(
                        "{\"result\":true,\"amount\":\"42.000000000000000001\"}", MediaType.APPLICATION_JSON));

        assertThat(kit.service.balance("member-4", CONTRACT).amount())
                .isEqualTo(new BigDecimal("42.000000000000000001"));
    }

    @Test
    void aTransferIsSubmittedWithItsTxidAndSettledOnce() {
        kit.walletFor("member-5", ADDRESS, WALLET_KEY);
        kit.expectCall("transferByWalletKey")
                .andExpect(jsonPath("$.walletKey").value(WALLET_KEY))
                .andExpect(jsonPath("$.amount").value("12.5"))
                .andRespond(withSuccess(
                        "{\"result\":true,\"txid\":\"" + TXID + "\",\"message\":\"success\"}",
                        MediaType.APPLICATION_JSON));

        WalletTransaction transfer = kit.service.transferFrom(command("ref-5", "member-5", "12.5"));

        kit.vendor.verify();
        assertThat(transfer.status()).isEqualTo(WalletTransactionStatus.SUBMITTED);
        assertThat(transfer.txid()).isEqualTo(TXID);
        assertThat(transfer.fromAddress()).isEqualTo(ADDRESS);
        assertThat(kit.events).singleElement().isInstanceOfSatisfying(WalletTransferSettled.class, settled -> {
            assertThat(settled.reference()).isEqualTo("ref-5");
            assertThat(settled.outcome()).isEqualTo(Settlement.SUCCEEDED);
            assertThat(settled.txid()).isEqualTo(TXID);
        });
    }

    @Test
    void walletTransferFailureLogsFailure() {
        kit.walletFor("member-6", ADDRESS, WALLET_KEY);
        kit.expect(
                "transferByWalletKey",
                "{\"result\":false,\"message\":\"Request volume is zero or not enough balance\"}");

        WalletTransaction transfer = kit.service.transferFrom(command("ref-6", "member-6", "1000"));

        kit.vendor.verify();
        TransactionRecord logged = kit.transactions.find(transfer.id()).orElseThrow();
        assertThat(logged.status()).isEqualTo(WalletTransactionStatus.FAILED);
        assertThat(logged.failureReason()).isEqualTo(FailureReason.INSUFFICIENT_BALANCE);
        assertThat(logged.failureMessage()).contains("error 16");
        assertThat(logged.sendAttempts()).isEqualTo(1);
        assertThat(kit.alertsTitled("Wallet transfer failed"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.fields()).containsEntry("reference", "ref-6"));
        assertThat(kit.events)
                .singleElement()
                .isInstanceOfSatisfying(
                        WalletTransferSettled.class,
                        settled -> assertThat(settled.outcome()).isEqualTo(Settlement.FAILED));
        assertThatThrownBy(() -> TransactionResponses.of(transfer))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(422);
                    assertThat(problem.properties()).containsEntry("transactionId", transfer.id());
                });
    }

    @Test
    void aRefusedConnectionIsRetriedBecauseNothingWasSent() {
        kit.walletFor("member-7", ADDRESS, WALLET_KEY);
        kit.expectCall("transferByWalletKey").andRespond(withException(new ConnectException("Connection refused")));
        kit.expectCall("transferByWalletKey").andRespond(withException(new ConnectException("Connection refused")));
        kit.expect("transferByWalletKey", "{\"result\":true,\"txid\":\"" + TXID + "\"}");

        WalletTransaction transfer = kit.service.transferFrom(command("ref-7", "member-7", "1"));

        kit.vendor.verify();
        assertThat(transfer.status()).isEqualTo(WalletTransactionStatus.SUBMITTED);
        assertThat(kit.transactions.find(transfer.id()).orElseThrow().sendAttempts())
                .isEqualTo(3);
    }

    @Test
    void aConnectionRefusedThreeTimesFailsAsUnreachable() {
        kit.walletFor("member-8", ADDRESS, WALLET_KEY);
        for (int attempt = 0; attempt < 3; attempt++) {
            kit.expectCall("transferByWalletKey").andRespond(withException(new ConnectException("Connection refused")));
        }

        WalletTransaction transfer = kit.service.transferFrom(command("ref-8", "member-8", "1"));

        kit.vendor.verify();
        assertThat(transfer.status()).isEqualTo(WalletTransactionStatus.FAILED);
        assertThat(transfer.failureReason()).isEqualTo(FailureReason.VENDOR_UNREACHABLE);
    }

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
        assertThat(kit.audits).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("wallet.candidate_txid_attached");
            assertThat(entry.details()).containsEntry("txid", TXID);
        });
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

    @Test
    void theSameReferenceIsSentOnceAndADifferentRequestUnderItIsAConflict() {
        kit.walletFor("member-12", ADDRESS, WALLET_KEY);
        kit.expect("transferByWalletKey", "{\"result\":true,\"txid\":\"" + TXID + "\"}");

        WalletTransaction first = kit.service.transferFrom(command("ref-12", "member-12", "1.50"));
        WalletTransaction replay = kit.service.transferFrom(command("ref-12", "member-12", "1.5"));

        kit.vendor.verify();
        assertThat(replay.id()).isEqualTo(first.id());
        assertThatThrownBy(() -> kit.service.transferFrom(command("ref-12", "member-12", "2")))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.code()).isEqualTo("reference_conflict"));
    }

    @Test
    void aProvidedTreasuryKeyTransfersUnderTheCallersReference() {
        Secret treasuryKey = Secret.of("treasury-wallet-key-4d5e6f7a8b");
        TestSecrets.register(treasuryKey.reveal());
        kit.expectCall("transferByWalletKey")
                .andExpect(jsonPath("$.walletKey").value(treasuryKey.reveal()))
                .andRespond(withSuccess("{\"result\":true,\"txid\":\"" + TXID + "\"}", MediaType.APPLICATION_JSON));

        WalletTransaction payout = kit.service.transferFrom(new TransferCommand(
                "withdrawal-payout:w-77",
                new WalletKeySource.ProvidedKey("treasury", treasuryKey, null),
                TO,
                new BigDecimal("5"),
                CONTRACT,
                "member-app-test"));

        assertThat(payout.status()).isEqualTo(WalletTransactionStatus.SUBMITTED);
        assertThat(payout.memberId()).isNull();
        assertThat(payout.source()).isEqualTo("treasury");
        assertThat(kit.events)
                .singleElement()
                .isInstanceOfSatisfying(
                        WalletTransferSettled.class,
                        settled -> assertThat(settled.reference()).isEqualTo("withdrawal-payout:w-77"));
    }

    @Test
    void aTransferInsideACallersTransactionIsRefusedBeforeAnythingIsSent() {
        kit.walletFor("member-14", ADDRESS, WALLET_KEY);

        assertThatThrownBy(() -> kit.unitOfWork.inTransaction(
                        () -> kit.service.transferFrom(command("ref-14", "member-14", "1"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside any transaction");

        kit.vendor.verify();
        assertThat(kit.transactions.findByReference("ref-14")).isEmpty();
    }

    @Test
    void aRowLeftSubmittingByADeadProcessBecomesUnknown() {
        TransactionRecord orphan = kit.transactions.logTransaction(TransactionRecord.submitting(
                "ref-orphan",
                WalletTransactionKind.TRANSFER,
                "member-13",
                "member:member-13",
                "member-app-test",
                ADDRESS,
                TO,
                null,
                BigDecimal.ONE,
                kit.clock.instant()));

        kit.clock.advance(Duration.ofMinutes(4));
        assertThat(kit.reconciler.reconcile().staleSubmitting()).isZero();
        kit.clock.advance(Duration.ofMinutes(2));
        assertThat(kit.reconciler.reconcile().staleSubmitting()).isEqualTo(1);

        assertThat(kit.transactions.find(orphan.id()).orElseThrow().status())
                .isEqualTo(WalletTransactionStatus.UNKNOWN);
        assertThat(kit.alertsTitled("Wallet transfer outcome unknown")).hasSize(1);
    }

    private static TransferCommand command(String reference, String memberId, String amount) {
        return new TransferCommand(
                reference, WalletKeySource.member(memberId), TO, new BigDecimal(amount), CONTRACT, "member-app-test");
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

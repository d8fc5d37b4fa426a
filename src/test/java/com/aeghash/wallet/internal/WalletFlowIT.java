package com.aeghash.wallet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.wallet.FailureReason;
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

    static final String ADDRESS = "0x00000000000000000000000000000000000000a1";
    static final String WALLET_KEY = "flow-wallet-key-0c1d2e3f4a5b";
    static final String TO = "0x00000000000000000000000000000000000000b2";
    static final String CONTRACT = "0x55d398326f99059ff775485246999027b3197955";
    static final String TXID = "0x" + "2a".repeat(32);

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

    static TransferCommand command(String reference, String memberId, String amount) {
        return new TransferCommand(
                reference, WalletKeySource.member(memberId), TO, new BigDecimal(amount), CONTRACT, "member-app-test");
    }
}

package com.aeghash.withdrawal.internal.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.config.MBlockTreasuryProperties;
import com.aeghash.ledger.Asset;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.TransferCommand;
import com.aeghash.wallet.WalletKeySource;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutOutcome.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The treasury gateway over a scripted wallet module: where it sends, with which key, and what it concludes. */
class TreasuryPayoutGatewayTest {

    private static final String CONTRACT = "0x" + "c0".repeat(20);
    private static final String MEMBER_WALLET = "0x" + "4d".repeat(20);
    private static final String WHITELISTED = "0x" + "77".repeat(20);
    private static final String KEY = "unit-test-treasury-key-0001";
    private final ScriptedWallets wallets = new ScriptedWallets();
    private final TreasuryPayoutGateway gateway = new TreasuryPayoutGateway(
            wallets, new MBlockTreasuryProperties(Secret.of(KEY), null, Duration.ofDays(90), CONTRACT));

    @Test
    void paysPointOnly() {
        assertThat(gateway.handles(Asset.POINT)).isTrue();
        assertThat(Asset.coins()).noneMatch(gateway::handles);
    }

    @Test
    void aMemberWithoutPlatformWalletNeedsAWhitelistedDestination() {
        gateway.checkDestination("m-1", Asset.POINT, WHITELISTED);

        assertThatThrownBy(() -> gateway.checkDestination("m-1", Asset.POINT, null))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(refused.code()).isEqualTo("member_wallet_missing");
                });
        wallets.addresses.put("m-1", MEMBER_WALLET);
        gateway.checkDestination("m-1", Asset.POINT, null);
    }

    @Test
    void sendsThePointTokenFromTheTreasuryToTheMembersWalletUnderThePayoutReference() {
        wallets.addresses.put("m-1", MEMBER_WALLET);

        PayoutOutcome outcome = gateway.execute(command(null));

        TransferCommand sent = wallets.transfers.get(0);
        assertThat(outcome).isEqualTo(PayoutOutcome.submitted("0x" + "ab".repeat(32)));
        assertThat(sent.reference()).isEqualTo("withdrawal:3");
        assertThat(sent.to()).isEqualTo(MEMBER_WALLET);
        assertThat(sent.contract()).isEqualTo(CONTRACT);
        assertThat(sent.amount()).isEqualByComparingTo("40");
        assertThat(sent.source()).isInstanceOfSatisfying(WalletKeySource.ProvidedKey.class, key -> {
            assertThat(key.label()).isEqualTo("treasury");
            assertThat(key.walletKey().reveal()).isEqualTo(KEY);
            assertThat(key.toString()).doesNotContain(KEY);
        });
    }

    @Test
    void aWhitelistedDestinationIsPaidInsteadOfTheMembersWallet() {
        gateway.execute(command(WHITELISTED));

        assertThat(wallets.transfers.get(0).to()).isEqualTo(WHITELISTED);
    }

    @Test
    void mblockRefusingTheTransferFailsThePayoutAndLosingTheAnswerLeavesItUnknown() {
        wallets.addresses.put("m-1", MEMBER_WALLET);
        wallets.onTransfer = command -> ScriptedWallets.transaction(
                command, WalletTransactionStatus.FAILED, null, FailureReason.INSUFFICIENT_BALANCE);
        assertThat(gateway.execute(command(null)).kind()).isEqualTo(Kind.FAILED_DEFINITE);

        wallets.byReference.clear();
        wallets.onTransfer =
                command -> ScriptedWallets.transaction(command, WalletTransactionStatus.UNKNOWN, null, null);
        assertThat(gateway.execute(command(null)).kind()).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void aRefusalBeforeTheTransferWasRecordedProvesNothingWasSent() {
        wallets.onTransfer = command -> {
            throw ApiException.validation("to", "must be 0x followed by 40 hex digits");
        };

        PayoutOutcome outcome = gateway.execute(command(WHITELISTED));

        assertThat(outcome.kind()).isEqualTo(Kind.FAILED_DEFINITE);
        assertThat(outcome.reason()).contains("MBlock was not asked");
    }

    @Test
    void reconciliationReadsTheTreasurysTransferAndNeverSends() {
        TransferCommand first = new TransferCommand(
                "withdrawal:3",
                WalletKeySource.member("m-9"),
                WHITELISTED,
                BigDecimal.ONE,
                CONTRACT,
                "member-app-test");
        wallets.byReference.put(
                "withdrawal:3",
                ScriptedWallets.transaction(first, WalletTransactionStatus.SUBMITTED, "0x" + "ee".repeat(32), null));
        PayoutOutcome someoneElses = gateway.reconcile(command(null));

        wallets.addresses.put("m-1", MEMBER_WALLET);
        wallets.byReference.clear();
        gateway.execute(command(null));
        int sent = wallets.transfers.size();
        PayoutOutcome completed = gateway.reconcile(command(null));

        assertThat(someoneElses.kind()).isEqualTo(Kind.FAILED_DEFINITE);
        assertThat(completed).isEqualTo(PayoutOutcome.completed("0x" + "ab".repeat(32)));
        assertThat(wallets.transfers).hasSize(sent);
    }

    @Test
    void enablingPointPayoutsWithoutTheTreasurysKeyOrContractStopsTheBoot() {
        assertThatThrownBy(() ->
                        TreasuryWallet.of(new MBlockTreasuryProperties(null, null, Duration.ofDays(90), CONTRACT)))
                .hasMessageContaining("MBLOCK_TREASURY_WALLET_KEY");
        assertThatThrownBy(() -> TreasuryWallet.of(
                        new MBlockTreasuryProperties(Secret.of(KEY), null, Duration.ofDays(90), "POINT")))
                .hasMessageContaining("MBLOCK_POINT_TOKEN_CONTRACT")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void reconciliationWithoutATransferFencesTheReferenceSoMBlockIsNeverAsked() {
        wallets.addresses.put("m-1", MEMBER_WALLET);

        PayoutOutcome toTheMemberWallet = gateway.reconcile(command(null));
        PayoutOutcome again = gateway.reconcile(command(null));

        assertThat(toTheMemberWallet.kind()).isEqualTo(Kind.FAILED_DEFINITE);
        assertThat(toTheMemberWallet.reason()).contains("never_sent");
        assertThat(again.kind()).isEqualTo(Kind.FAILED_DEFINITE);
        assertThat(wallets.fenced).singleElement().satisfies(fence -> {
            assertThat(fence.reference()).isEqualTo("withdrawal:3");
            assertThat(fence.to()).isEqualTo(MEMBER_WALLET);
            assertThat(fence.amount()).isEqualByComparingTo("40");
        });
        assertThat(wallets.transfers).isEmpty();
    }

    @Test
    void aMemberWithoutWalletOrDestinationIsFencedToNoRecipient() {
        PayoutOutcome outcome = gateway.reconcile(command(null));

        assertThat(outcome.kind()).isEqualTo(Kind.FAILED_DEFINITE);
        assertThat(wallets.fenced)
                .singleElement()
                .extracting(TransferCommand::to)
                .isEqualTo(TreasuryPayoutGateway.NO_RECIPIENT);
        assertThat(wallets.transfers).isEmpty();
    }

    private static PayoutCommand command(String destination) {
        return new PayoutCommand("withdrawal:3", 3, "m-1", Asset.POINT, new BigDecimal("40"), destination);
    }
}

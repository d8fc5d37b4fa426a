package com.aeghash.withdrawal.internal.payout;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.approval.OperatorDecision;
import com.aeghash.ledger.Asset;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalStatus;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutOutcome.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both converters, state by state: what each recorded vendor state means for the withdrawal. */
class PayoutOutcomeConvertersTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String TXID = "0x" + "ab".repeat(32);

    @ParameterizedTest(name = "mining {0} (next check {1}) -> {2}")
    @CsvSource({
        "SUBMITTING, true,  UNKNOWN",
        "SUBMITTED,  true,  SUBMITTED",
        "COMPLETED,  false, COMPLETED",
        "FAILED,     false, FAILED_DEFINITE",
        "UNKNOWN,    true,  UNKNOWN",
        "UNKNOWN,    false, UNKNOWN"
    })
    void eachMiningStateHasOneOutcome(MiningWithdrawalStatus status, boolean checkScheduled, Kind expected) {
        PayoutOutcome outcome = MiningPayoutOutcomeConverter.of(mining(status, "wd-7", checkScheduled));

        assertThat(outcome.kind()).isEqualTo(expected);
        if (expected == Kind.SUBMITTED || expected == Kind.COMPLETED) {
            assertThat(outcome.vendorReference()).isEqualTo("wd-7");
        }
        if (status == MiningWithdrawalStatus.UNKNOWN) {
            assertThat(outcome.reason().contains("operator must decide")).isEqualTo(!checkScheduled);
        }
    }

    @Test
    void aSubmittedMiningWithdrawalWithoutVendorIdProvesNothing() {
        assertThat(MiningPayoutOutcomeConverter.of(mining(MiningWithdrawalStatus.SUBMITTED, null, true))
                        .kind())
                .isEqualTo(Kind.UNKNOWN);
    }

    @ParameterizedTest(name = "transfer {0} (txid {1}) -> send {2}, record {3}")
    @CsvSource({
        "SUBMITTING,      true,  UNKNOWN,         UNKNOWN",
        "SUBMITTED,       true,  SUBMITTED,       COMPLETED",
        "SUBMITTED,       false, COMPLETED,       COMPLETED",
        "FAILED,          false, FAILED_DEFINITE, FAILED_DEFINITE",
        "UNKNOWN,         false, UNKNOWN,         UNKNOWN",
        "UNKNOWN,         true,  UNKNOWN,         UNKNOWN",
        "PENDING_TRANSIT, false, UNKNOWN,         UNKNOWN",
        "CONFIRMED,       true,  UNKNOWN,         UNKNOWN"
    })
    void eachWalletStateHasOneOutcomeForTheSendAndOneForReconciliation(
            WalletTransactionStatus status, boolean withTxid, Kind afterSend, Kind onReconciliation) {
        WalletTransaction transfer = transfer(status, withTxid ? TXID : null, null);

        assertThat(WalletPayoutOutcomeConverter.ofSend(transfer).kind()).isEqualTo(afterSend);
        assertThat(WalletPayoutOutcomeConverter.ofRecord(transfer).kind()).isEqualTo(onReconciliation);
    }

    @ParameterizedTest(name = "failed because {0}")
    @CsvSource({"INSUFFICIENT_BALANCE, insufficient_balance", "OPERATOR_DECISION, decided failed by an operator"})
    void aFailedTransferSaysWhy(FailureReason reason, String expected) {
        PayoutOutcome outcome =
                WalletPayoutOutcomeConverter.ofSend(transfer(WalletTransactionStatus.FAILED, null, reason));

        assertThat(outcome.reason()).contains(expected);
    }

    @Test
    void anOperatorsDecisionNamesTheOperatorsInsteadOfTheVendor() {
        WalletTransaction decided = transfer(WalletTransactionStatus.FAILED, null, FailureReason.OPERATOR_DECISION);
        WalletTransaction mblocks = transfer(WalletTransactionStatus.FAILED, null, FailureReason.INSUFFICIENT_BALANCE);

        assertThat(WalletPayoutOutcomeConverter.ofRecord(decided).decision())
                .isEqualTo(new OperatorDecision("ops-anna", "fin-bob", null, null));
        assertThat(WalletPayoutOutcomeConverter.ofRecord(mblocks).decision()).isNull();
    }

    private static MiningWithdrawalRecord mining(
            MiningWithdrawalStatus status, String withdrawId, boolean checkScheduled) {
        return new MiningWithdrawalRecord(
                1,
                "withdrawal:9",
                "m-1",
                Asset.DOGE,
                BigDecimal.TEN,
                status,
                withdrawId,
                null,
                1,
                0,
                status == MiningWithdrawalStatus.FAILED ? "Invalid API Key" : null,
                NOW,
                NOW,
                checkScheduled ? NOW : null,
                null,
                null,
                0);
    }

    private static WalletTransaction transfer(WalletTransactionStatus status, String txid, FailureReason reason) {
        return new WalletTransaction(
                3,
                "withdrawal:9",
                WalletTransactionKind.TRANSFER,
                status,
                null,
                TreasuryWallet.LABEL,
                "withdrawal-payout",
                null,
                "0x" + "11".repeat(20),
                "0x" + "22".repeat(20),
                BigDecimal.TEN,
                txid,
                null,
                null,
                null,
                reason,
                reason == null ? null : "Not enough balance",
                false,
                null,
                reason == FailureReason.OPERATOR_DECISION ? "ops-anna" : null,
                reason == FailureReason.OPERATOR_DECISION ? "fin-bob" : null,
                reason == FailureReason.OPERATOR_DECISION ? "not on the chain" : null,
                NOW,
                NOW);
    }
}

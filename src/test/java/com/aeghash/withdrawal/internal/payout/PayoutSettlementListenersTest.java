package com.aeghash.withdrawal.internal.payout;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.approval.OperatorDecision;
import com.aeghash.common.Secret;
import com.aeghash.ledger.Asset;
import com.aeghash.mining.MiningWithdrawalCompleted;
import com.aeghash.mining.MiningWithdrawalFailed;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.Settlement;
import com.aeghash.wallet.TransferCommand;
import com.aeghash.wallet.WalletKeySource;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.WalletTransferSettled;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutOutcome.Kind;
import com.aeghash.withdrawal.PayoutSettlements;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which vendor settlements reach the withdrawal workflow, and as what. */
class PayoutSettlementListenersTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final OperatorDecision DECIDED_BY_TWO = new OperatorDecision("ops-anna", "fin-bob", 12L, null);
    private final Map<String, PayoutOutcome> settled = new LinkedHashMap<>();
    private final PayoutSettlements settlements = (reference, outcome) -> settled.put(reference, outcome) == null;
    private final ScriptedWallets wallets = new ScriptedWallets();

    @Test
    void miningCompletionsAndFailuresOfWorkflowPayoutsAreForwarded() {
        MiningWithdrawalSettlements listener = new MiningWithdrawalSettlements(settlements);

        listener.on(new MiningWithdrawalCompleted("withdrawal:4", "m-1", Asset.LTC, BigDecimal.ONE, "wd-4", NOW));
        listener.on(
                new MiningWithdrawalFailed("withdrawal:5", "m-1", Asset.LTC, BigDecimal.ONE, "canceled", NOW, null));
        listener.on(new MiningWithdrawalFailed(
                "withdrawal:6", "m-1", Asset.LTC, BigDecimal.ONE, "declared failed", NOW, DECIDED_BY_TWO));
        listener.on(new MiningWithdrawalCompleted("withdrawal:ops-1", "m-1", Asset.LTC, BigDecimal.ONE, "wd-6", NOW));

        assertThat(settled).containsOnlyKeys("withdrawal:4", "withdrawal:5", "withdrawal:6");
        assertThat(settled.get("withdrawal:4")).isEqualTo(PayoutOutcome.completed("wd-4"));
        assertThat(settled.get("withdrawal:5").kind()).isEqualTo(Kind.FAILED_DEFINITE);
        assertThat(settled.get("withdrawal:5").reason()).isEqualTo("mining withdrawal failed: canceled");
        assertThat(settled.get("withdrawal:5").decision()).isNull();
        assertThat(settled.get("withdrawal:6").decision()).isEqualTo(DECIDED_BY_TWO);
    }

    @Test
    void onlyTheTreasurysTransfersAreForwarded() {
        TreasuryTransferSettlements listener = new TreasuryTransferSettlements(settlements, wallets);
        TransferCommand failed = new TransferCommand(
                "withdrawal:8",
                new WalletKeySource.ProvidedKey("treasury", Secret.of("unit-test-treasury-key-0001"), null),
                "0x" + "11".repeat(20),
                BigDecimal.ONE,
                "0x" + "22".repeat(20),
                "member-app-test");
        wallets.byReference.put(
                "withdrawal:8",
                ScriptedWallets.transaction(
                        failed, WalletTransactionStatus.FAILED, null, FailureReason.OPERATOR_DECISION));

        listener.on(new WalletTransferSettled(1, "withdrawal:7", "treasury", Settlement.SUCCEEDED, "0xabc", NOW, null));
        listener.on(
                new WalletTransferSettled(7, "withdrawal:8", "treasury", Settlement.FAILED, null, NOW, DECIDED_BY_TWO));
        listener.on(
                new WalletTransferSettled(2, "withdrawal:9", "member:m-1", Settlement.SUCCEEDED, "0xdef", NOW, null));
        listener.on(new WalletTransferSettled(3, "refund-1", "treasury", Settlement.SUCCEEDED, "0x123", NOW, null));

        assertThat(settled).containsOnlyKeys("withdrawal:7", "withdrawal:8");
        assertThat(settled.get("withdrawal:7")).isEqualTo(PayoutOutcome.completed("0xabc"));
        assertThat(settled.get("withdrawal:8").reason()).contains("decided failed by an operator");
        assertThat(settled.get("withdrawal:8").decision())
                .as("the withdrawal's trail names both operators")
                .isEqualTo(DECIDED_BY_TWO);
    }
}

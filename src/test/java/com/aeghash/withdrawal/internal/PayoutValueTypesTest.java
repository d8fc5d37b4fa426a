package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.idempotency.CanonicalJson;
import com.aeghash.ledger.Asset;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutReferences;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PayoutValueTypesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void payoutReferencesDeriveTheLedgerReferencesAndParseBack() {
        assertThat(PayoutReferences.payout(42)).isEqualTo("withdrawal:42");
        assertThat(PayoutReferences.hold(42)).isEqualTo("withdrawal:42:hold");
        assertThat(PayoutReferences.clear(42)).isEqualTo("withdrawal:42:clear");
        assertThat(PayoutReferences.release(42)).isEqualTo("withdrawal:42:release");
        assertThat(PayoutReferences.withdrawalIdOf("withdrawal:42")).hasValue(42);
        assertThat(PayoutReferences.withdrawalIdOf("withdrawal:42:hold")).isEmpty();
        assertThat(PayoutReferences.withdrawalIdOf("withdrawal:0")).isEmpty();
        assertThat(PayoutReferences.withdrawalIdOf("withdrawal:99999999999999999999"))
                .isEmpty();
        assertThat(PayoutReferences.withdrawalIdOf(null)).isEmpty();
    }

    @Test
    void outcomesCarryWhatEachKindNeeds() {
        assertThatThrownBy(() -> PayoutOutcome.submitted(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PayoutOutcome.unknown(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PayoutOutcome.failedDefinite("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PayoutOutcome.completed(null).kind()).isEqualTo(PayoutOutcome.Kind.COMPLETED);
        assertThat(PayoutOutcome.unknown("x".repeat(900)).reason()).hasSize(PayoutOutcome.REASON_LENGTH_MAX);
    }

    @Test
    void commandReferenceMustBeItsWithdrawals() {
        assertThatThrownBy(() -> new PayoutCommand("withdrawal:7", 8, "m-1", Asset.POINT, BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reconciliationFollowsTheScheduleAndThenWaitsForAnOperator() {
        ReconciliationPlan plan = new ReconciliationPlan(List.of(Duration.ofMinutes(5), Duration.ofHours(1)));

        ReconciliationState entered = plan.onEntering(WithdrawalStatus.OUTCOME_UNKNOWN, ReconciliationState.NONE, NOW);
        ReconciliationState second = plan.afterFruitlessAttempt(entered, NOW);
        ReconciliationState exhausted = plan.afterFruitlessAttempt(second, NOW);
        ReconciliationState settled = plan.onEntering(WithdrawalStatus.COMPLETED, exhausted, NOW);

        assertThat(entered).isEqualTo(new ReconciliationState(0, NOW.plus(Duration.ofMinutes(5)), false));
        assertThat(second).isEqualTo(new ReconciliationState(1, NOW.plus(Duration.ofHours(1)), false));
        assertThat(exhausted).isEqualTo(new ReconciliationState(2, null, true));
        assertThat(settled).isEqualTo(new ReconciliationState(2, null, false));
    }

    @Test
    void requestFingerprintsAreLenientAboutAmountNotationAndStrictAboutEveryField() {
        CanonicalJson canonical = new CanonicalJson(JsonMapper.builder().build());
        WithdrawalRequest request =
                new WithdrawalRequest("m-1", Asset.POINT, new BigDecimal("10.50"), null, null, null, null);
        assertThat(RequestFingerprint.of(request, canonical))
                .isEqualTo(RequestFingerprint.of(
                        new WithdrawalRequest("m-1", Asset.POINT, new BigDecimal("10.5"), null, null, null, null),
                        canonical));
        assertThat(RequestFingerprint.of(request, canonical))
                .isNotEqualTo(RequestFingerprint.of(
                        new WithdrawalRequest("m-1", Asset.POINT, new BigDecimal("10.5"), null, null, "d", null),
                        canonical));
    }
}

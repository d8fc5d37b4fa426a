package com.aeghash.mining;

import static com.aeghash.mining.ProcurementStatus.APPROVED;
import static com.aeghash.mining.ProcurementStatus.CHARGE_FAILED;
import static com.aeghash.mining.ProcurementStatus.CHARGE_PENDING;
import static com.aeghash.mining.ProcurementStatus.CHARGE_REQUESTED;
import static com.aeghash.mining.ProcurementStatus.CHARGE_REQUESTING;
import static com.aeghash.mining.ProcurementStatus.CHARGE_UNKNOWN;
import static com.aeghash.mining.ProcurementStatus.COMPLETED;
import static com.aeghash.mining.ProcurementStatus.NOT_APPROVED;
import static com.aeghash.mining.ProcurementStatus.PAYING;
import static com.aeghash.mining.ProcurementStatus.PAYMENT_FAILED;
import static com.aeghash.mining.ProcurementStatus.PAYMENT_UNKNOWN;
import static com.aeghash.mining.ProcurementStatus.SWAP_FAILED;
import static com.aeghash.mining.ProcurementStatus.SWAP_REQUESTING;
import static com.aeghash.mining.ProcurementStatus.SWAP_UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The procurement lifecycle: an unknown outcome never leads back to a vendor call, and where it all ends. */
class ProcurementStatusTest {

    @Test
    void noUnknownOutcomeLeadsBackToAnIntentSoNothingIsEverSentAgain() {
        for (ProcurementStatus unknown : EnumSet.of(CHARGE_UNKNOWN, PAYMENT_UNKNOWN, SWAP_UNKNOWN)) {
            assertThat(unknown.isUnknown()).isTrue();
            assertThat(Arrays.stream(ProcurementStatus.values()).filter(unknown::canMoveTo))
                    .as("%s leads to", unknown)
                    .noneMatch(ProcurementStatus::isIntent)
                    .doesNotContain(APPROVED);
        }
    }

    @Test
    void aCallsOutcomeIsRecordedOnlyWhileItsProcurementWaitsForIt() {
        assertThat(CHARGE_REQUESTING.awaitsOutcomeOf(CHARGE_REQUESTING)).isTrue();
        assertThat(CHARGE_UNKNOWN.awaitsOutcomeOf(CHARGE_REQUESTING))
                .as("a late answer")
                .isTrue();
        assertThat(PAYMENT_UNKNOWN.awaitsOutcomeOf(PAYING)).isTrue();
        assertThat(SWAP_UNKNOWN.awaitsOutcomeOf(SWAP_REQUESTING)).isTrue();
        // The reconciler resolved the charge from the history and the treasury paid: a late refusal of the charge
        // call must not fail the procurement (CHARGE_PENDING may move to CHARGE_FAILED on HashDam's own word).
        assertThat(CHARGE_PENDING.canMoveTo(CHARGE_FAILED)).isTrue();
        assertThat(CHARGE_PENDING.awaitsOutcomeOf(CHARGE_REQUESTING)).isFalse();
        assertThat(CHARGE_REQUESTED.awaitsOutcomeOf(CHARGE_REQUESTING)).isFalse();
        assertThat(SWAP_UNKNOWN.awaitsOutcomeOf(CHARGE_REQUESTING)).isFalse();
        assertThat(PAYMENT_UNKNOWN.awaitsOutcomeOf(SWAP_REQUESTING)).isFalse();
    }

    @Test
    void eachVendorCallStartsFromItsIntentOnly() {
        assertThat(APPROVED.canMoveTo(CHARGE_REQUESTING)).isTrue();
        assertThat(CHARGE_REQUESTED.canMoveTo(PAYING)).isTrue();
        assertThat(CHARGE_REQUESTED.canMoveTo(CHARGE_PENDING)).isFalse();
        assertThat(PAYING.canMoveTo(CHARGE_PENDING)).isTrue();
        assertThat(PAYMENT_UNKNOWN.canMoveTo(PAYING)).isFalse();
        assertThat(SWAP_UNKNOWN.canMoveTo(SWAP_REQUESTING)).isFalse();
        assertThat(EnumSet.of(CHARGE_REQUESTING, PAYING, SWAP_REQUESTING)).allMatch(ProcurementStatus::isIntent);
    }

    @Test
    void failuresRefusalsAndCompletionAreFinal() {
        assertThat(Arrays.stream(ProcurementStatus.values()).filter(ProcurementStatus::isFinal))
                .containsExactlyInAnyOrder(NOT_APPROVED, CHARGE_FAILED, PAYMENT_FAILED, SWAP_FAILED, COMPLETED);
        assertThat(ProcurementStatus.fromWireName("charge_pending")).contains(CHARGE_PENDING);
        assertThat(ProcurementStatus.fromWireName("CHARGE_PENDING")).isEmpty();
    }
}

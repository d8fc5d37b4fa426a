package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allowed-transition tables of the idempotency key and the partner order, every pair. */
class LifecycleTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "IN_PROGRESS, IN_PROGRESS, true",
        "IN_PROGRESS, COMPLETED, true",
        "IN_PROGRESS, FAILED, true",
        "IN_PROGRESS, FAILED_CONFLICT, false",
        "COMPLETED, IN_PROGRESS, false",
        "COMPLETED, COMPLETED, false",
        "COMPLETED, FAILED, false",
        "COMPLETED, FAILED_CONFLICT, false",
        "FAILED, IN_PROGRESS, true",
        "FAILED, COMPLETED, false",
        "FAILED, FAILED, false",
        "FAILED, FAILED_CONFLICT, false",
        "FAILED_CONFLICT, IN_PROGRESS, false",
        "FAILED_CONFLICT, COMPLETED, false",
        "FAILED_CONFLICT, FAILED, false",
        "FAILED_CONFLICT, FAILED_CONFLICT, false",
    })
    void idempotencyKeyTransitions(IdempotencyKeyStatus from, IdempotencyKeyStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        if (!allowed) {
            assertThatThrownBy(() -> from.requireMoveTo(to)).isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest(name = "new key as {0}: {1}")
    @CsvSource({"IN_PROGRESS, true", "FAILED_CONFLICT, true", "COMPLETED, false", "FAILED, false"})
    void idempotencyKeyInitialStates(IdempotencyKeyStatus status, boolean initial) {
        assertThat(status.isInitial()).isEqualTo(initial);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({"PAID, PAID, false", "PAID, REFUNDED, true", "REFUNDED, PAID, false", "REFUNDED, REFUNDED, false"})
    void partnerOrderTransitions(PartnerOrderStatus from, PartnerOrderStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}

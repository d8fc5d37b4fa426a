package com.aeghash.idempotency.internal;

import static com.aeghash.testsupport.LifecycleAssertions.assertMove;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allowed-transition table of the idempotency key, every pair. */
class IdempotencyKeyStatusTest {

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
        assertMove(from, to, allowed, IdempotencyKeyStatus::canMoveTo, IdempotencyKeyStatus::moveTo, "idempotency key");
    }

    @ParameterizedTest(name = "new key as {0}: {1}; final: {2}")
    @CsvSource({
        "IN_PROGRESS, true, false",
        "FAILED_CONFLICT, true, true",
        "COMPLETED, false, true",
        "FAILED, false, false"
    })
    void idempotencyKeyInitialAndFinalStates(IdempotencyKeyStatus status, boolean initial, boolean isFinal) {
        assertThat(status.isInitial()).isEqualTo(initial);
        assertThat(status.isFinal()).isEqualTo(isFinal);
    }
}

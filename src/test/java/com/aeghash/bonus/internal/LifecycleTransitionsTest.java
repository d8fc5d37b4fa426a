package com.aeghash.bonus.internal;

import static com.aeghash.testsupport.LifecycleAssertions.assertMove;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusEntryStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allowed-transition tables of bonus entries and closing runs, every pair. */
class LifecycleTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PENDING, PENDING, false", "PENDING, CONFIRMED, true", "PENDING, CANCELLED, true",
        "CONFIRMED, PENDING, false", "CONFIRMED, CONFIRMED, false", "CONFIRMED, CANCELLED, false",
        "CANCELLED, PENDING, false", "CANCELLED, CONFIRMED, false", "CANCELLED, CANCELLED, false"
    })
    void bonusEntryTransitions(BonusEntryStatus from, BonusEntryStatus to, boolean allowed) {
        assertMove(from, to, allowed, BonusEntryStatus::canMoveTo, BonusEntryStatus::moveTo, "bonus entry");
        assertThat(from.isFinal()).isEqualTo(from != BonusEntryStatus.PENDING);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "RUNNING, RUNNING, false", "RUNNING, COMPLETED, true",
        "COMPLETED, RUNNING, false", "COMPLETED, COMPLETED, false"
    })
    void closingTransitions(ClosingStatus from, ClosingStatus to, boolean allowed) {
        assertMove(from, to, allowed, ClosingStatus::canMoveTo, ClosingStatus::moveTo, "closing");
        assertThat(from.isFinal()).isEqualTo(from == ClosingStatus.COMPLETED);
    }
}

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
        "PENDING, PENDING, false",
        "PENDING, CONFIRMED, true",
        "PENDING, CANCELLED, true",
        "PENDING, CLAWED_BACK, false",
        "CONFIRMED, PENDING, false",
        "CONFIRMED, CONFIRMED, false",
        "CONFIRMED, CANCELLED, false",
        "CONFIRMED, CLAWED_BACK, true",
        "CANCELLED, PENDING, false",
        "CANCELLED, CONFIRMED, false",
        "CANCELLED, CANCELLED, false",
        "CANCELLED, CLAWED_BACK, false",
        "CLAWED_BACK, PENDING, false",
        "CLAWED_BACK, CONFIRMED, false",
        "CLAWED_BACK, CANCELLED, false",
        "CLAWED_BACK, CLAWED_BACK, false"
    })
    void bonusEntryTransitions(BonusEntryStatus from, BonusEntryStatus to, boolean allowed) {
        assertMove(from, to, allowed, BonusEntryStatus::canMoveTo, BonusEntryStatus::moveTo, "bonus entry");
        assertThat(from.isFinal())
                .isEqualTo(from == BonusEntryStatus.CANCELLED || from == BonusEntryStatus.CLAWED_BACK);
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

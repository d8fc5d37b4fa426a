package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.bonus.BonusEntryStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allowed-transition tables of bonus entries and closing runs, every pair. */
class LifecycleTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PENDING, PENDING, false", "PENDING, CONFIRMED, true", "PENDING, CANCELLED, true",
        "CONFIRMED, PENDING, false", "CONFIRMED, CONFIRMED, false", "CONFIRMED, CANCELLED, false",
        "CANCELLED, PENDING, false", "CANCELLED, CONFIRMED, false", "CANCELLED, CANCELLED, false"})
    void bonusEntryTransitions(BonusEntryStatus from, BonusEntryStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.isFinal()).isEqualTo(from != BonusEntryStatus.PENDING);
        if (allowed) {
            assertThat(from.moveTo(to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> from.moveTo(to)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("bonus entry cannot move from " + from + " to " + to);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "RUNNING, RUNNING, false", "RUNNING, COMPLETED, true",
        "COMPLETED, RUNNING, false", "COMPLETED, COMPLETED, false"})
    void closingTransitions(ClosingStatus from, ClosingStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.isFinal()).isEqualTo(from == ClosingStatus.COMPLETED);
        if (allowed) {
            assertThat(from.moveTo(to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> from.moveTo(to)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("closing cannot move from " + from + " to " + to);
        }
    }
}

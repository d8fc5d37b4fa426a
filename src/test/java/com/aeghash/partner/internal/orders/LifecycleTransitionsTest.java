package com.aeghash.partner.internal.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allowed-transition table of the partner order, every pair. */
class LifecycleTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({"PAID, PAID, false", "PAID, REFUNDED, true", "REFUNDED, PAID, false", "REFUNDED, REFUNDED, false"})
    void partnerOrderTransitions(PartnerOrderStatus from, PartnerOrderStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}

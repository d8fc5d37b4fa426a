package com.aeghash.partner.internal.orders;

import static com.aeghash.testsupport.LifecycleAssertions.assertMove;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allowed-transition table of the partner order, every pair. */
class PartnerOrderStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({"PAID, PAID, false", "PAID, REFUNDED, true", "REFUNDED, PAID, false", "REFUNDED, REFUNDED, false"})
    void partnerOrderTransitions(PartnerOrderStatus from, PartnerOrderStatus to, boolean allowed) {
        assertMove(from, to, allowed, PartnerOrderStatus::canMoveTo, PartnerOrderStatus::moveTo, "partner order");
    }

    @ParameterizedTest(name = "{0} is final: {1}")
    @CsvSource({"PAID, false", "REFUNDED, true"})
    void onlyARefundedOrderIsFinal(PartnerOrderStatus status, boolean isFinal) {
        assertThat(status.isFinal()).isEqualTo(isFinal);
    }
}

package com.aeghash.partner.internal.orders;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code partner_orders}. {@code reference()} is the order as the bonus engine knows it. */
record PartnerOrder(
        long id,
        String partnerId,
        String orderId,
        String memberId,
        BigDecimal totalAmount,
        BigDecimal pvAmount,
        String channel,
        String metadata,
        PartnerOrderStatus status,
        int bonusEntries,
        BigDecimal bonusTotal,
        Instant paidAt,
        Instant refundedAt) {

    static String reference(String partnerId, String orderId) {
        return partnerId + ":" + orderId;
    }

    String reference() {
        return reference(partnerId, orderId);
    }
}

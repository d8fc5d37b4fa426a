package com.aeghash.partner.internal.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Partner orders, unique per partner and order id. */
interface PartnerOrderRepository {

    /** Stores a new {@code PAID} order (bonus figures zero); empty when the partner's order id exists. */
    Optional<Long> insertPaid(PartnerOrder order);

    /** Stores the order's product lines in one batch. */
    void insertLines(long orderId, List<PricedLine> lines);

    /** Records what the bonus engine distributed for the order. */
    void recordBonus(long id, int bonusEntries, BigDecimal bonusTotal, Instant now);

    /** The order, locked until the transaction ends. */
    Optional<PartnerOrder> findForUpdate(String partnerId, String orderId);

    /** {@code PAID} to {@code REFUNDED}; false when it was not {@code PAID}. */
    boolean markRefunded(long id, Instant refundedAt);
}

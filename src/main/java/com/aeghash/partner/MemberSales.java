package com.aeghash.partner;

import java.math.BigDecimal;

/**
 * What a member bought through the partners, for the rules of other modules (the cap on a member's cumulative
 * withdrawals at a multiple of their own sales). Read-only.
 */
public interface MemberSales {

    /** The member's orders that are still {@code PAID} (refunded ones do not count), across every partner. */
    PaidSales paidSalesOf(String memberId);

    /**
     * @param orders      how many paid orders
     * @param totalAmount the sum of their {@code totalAmount} (in each partner's currency)
     * @param pvAmount    the sum of their point value, the unit bonuses (POINT) are computed in
     */
    record PaidSales(long orders, BigDecimal totalAmount, BigDecimal pvAmount) {}
}

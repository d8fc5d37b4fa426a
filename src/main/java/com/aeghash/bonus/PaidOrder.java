package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order whose payment is confirmed, as the bonus engine needs it.
 *
 * @param orderReference unique across partners, e.g. {@code aegmall:ORD-1001}
 * @param buyerMemberId  a registered member
 * @param pvAmount       the order's point value (bonuses are computed from PV), positive
 * @param paidAt         when it was paid (the closing's refund delay counts from here)
 */
public record PaidOrder(String orderReference, String buyerMemberId, BigDecimal pvAmount, Instant paidAt) {}

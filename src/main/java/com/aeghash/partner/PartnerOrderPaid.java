package com.aeghash.partner;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Published in the order's transaction when a partner order was stored {@code PAID}; listeners with
 * {@code @ApplicationModuleListener} see it once that committed.
 *
 * @param orderReference {@code <partner>:<orderId>}
 * @param totalAmount    the order's {@code totalAmount} (the partner's currency)
 */
public record PartnerOrderPaid(String memberId, String orderReference, BigDecimal totalAmount, Instant paidAt) {}

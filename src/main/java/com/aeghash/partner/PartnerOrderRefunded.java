package com.aeghash.partner;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Published in the refund's transaction when a paid partner order became {@code REFUNDED} (once per order: a
 * repeated refund publishes nothing).
 *
 * @param orderReference {@code <partner>:<orderId>}
 */
public record PartnerOrderRefunded(
        String memberId, String orderReference, BigDecimal totalAmount, Instant refundedAt) {}

package com.aeghash.partner.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** Bodies of the partner API's successful responses (amounts are written as decimal strings). */
public final class PartnerResponses {

    private PartnerResponses() {}

    /** 201 of {@code POST /api/aegmall/v1/orders}; {@code status} is always {@code created}. */
    public record OrderCreated(String orderId, String status, int bonusEntries, BigDecimal bonusTotal) {}

    /** 200 of a refund; {@code status} is always {@code refunded}. */
    public record OrderRefunded(String orderId, String status, Instant refundedAt) {}

    /** Response to a hash-power credit; {@code status} is always {@code credited}. */
    public record HashpowerCredited(
            String reference, String memberId, BigDecimal amount, String asset, String status) {}
}

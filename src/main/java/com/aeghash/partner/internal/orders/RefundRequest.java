package com.aeghash.partner.internal.orders;

import jakarta.validation.constraints.Size;

/** Optional body of {@code POST /api/aegmall/v1/orders/{orderId}/refund}. */
public record RefundRequest(@Size(max = 500) String reason) {}

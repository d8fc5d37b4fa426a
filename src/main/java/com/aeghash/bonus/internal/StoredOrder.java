package com.aeghash.bonus.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** An order whose bonuses were distributed, with what the distribution created. */
record StoredOrder(
        String orderReference,
        String buyerMemberId,
        BigDecimal pvAmount,
        Instant paidAt,
        Instant refundedAt,
        int entryCount,
        BigDecimal bonusTotal) {}

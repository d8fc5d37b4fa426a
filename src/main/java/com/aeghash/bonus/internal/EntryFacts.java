package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntry;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One bonus entry (as {@link JdbcBonusOrderRepository#entry} maps it) with its order and closing as stored, what an
 * explanation is built from.
 *
 * @param orderPaidAt null when no order row backs the entry (then the order's other fields are null too)
 * @param closingCutoff null while the entry is pending
 */
record EntryFacts(
        BonusEntry entry,
        BigDecimal orderPvAmount,
        Instant orderPaidAt,
        Instant orderRefundedAt,
        Instant closingCutoff,
        Instant closedAt) {}

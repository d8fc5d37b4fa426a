package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One bonus entry with its order and closing as stored, what an explanation is built from.
 *
 * @param orderPaidAt null when no order row backs the entry (then the order's other fields are null too)
 * @param closingId   null while pending
 */
record EntryFacts(
        long id,
        String orderReference,
        BonusType type,
        String plan,
        int level,
        String beneficiaryMemberId,
        String buyerMemberId,
        BigDecimal pvAmount,
        BigDecimal percentage,
        BigDecimal amount,
        BonusEntryStatus status,
        Instant createdAt,
        BigDecimal orderPvAmount,
        Instant orderPaidAt,
        Instant orderRefundedAt,
        Long closingId,
        Instant closingCutoff,
        Instant closedAt) {}

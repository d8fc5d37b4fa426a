package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;

/** One paid level of one bonus of one order. */
public record BonusEntry(
        long id,
        String orderReference,
        BonusType type,
        int level,
        String beneficiaryMemberId,
        String sourceMemberId,
        BigDecimal pvAmount,
        BigDecimal percentage,
        BigDecimal amount,
        BonusEntryStatus status,
        Instant createdAt,
        Long closingId) {}

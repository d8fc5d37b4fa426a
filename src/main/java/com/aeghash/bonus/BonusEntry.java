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
        Long closingId) {

    /** The entry as a closing leaves it: in {@code newStatus} (confirmed or cancelled), in that closing. */
    public BonusEntry closedAs(BonusEntryStatus newStatus, long newClosingId) {
        return new BonusEntry(
                id,
                orderReference,
                type,
                level,
                beneficiaryMemberId,
                sourceMemberId,
                pvAmount,
                percentage,
                amount,
                newStatus,
                createdAt,
                newClosingId);
    }
}

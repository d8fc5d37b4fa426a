package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One paid level of one bonus of one order, by one plan ({@link BonusPlans}); {@code pvAmount} is the part of the
 * order's PV that plan pays on.
 */
public record BonusEntry(
        long id,
        String orderReference,
        BonusType type,
        String plan,
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
                plan,
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

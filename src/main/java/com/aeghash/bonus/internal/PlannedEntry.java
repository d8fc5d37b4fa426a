package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.PaidOrder;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bonus entry computed for an order, before it is stored: {@code pvAmount} is the part of the order's PV paid by
 * {@code plan} (the whole PV for an order of one plan).
 */
record PlannedEntry(
        String plan,
        BigDecimal pvAmount,
        BonusType type,
        int level,
        String beneficiaryMemberId,
        BigDecimal percentage,
        BigDecimal amount) {

    /** The entry as stored for the paid order: pending, paid by the buyer's PV of its plan, in no closing yet. */
    BonusEntry pendingOf(PaidOrder order, long id, Instant createdAt) {
        return new BonusEntry(
                id,
                order.orderReference(),
                type,
                plan,
                level,
                beneficiaryMemberId,
                order.buyerMemberId(),
                pvAmount,
                percentage,
                amount,
                BonusEntryStatus.PENDING,
                createdAt,
                null);
    }
}

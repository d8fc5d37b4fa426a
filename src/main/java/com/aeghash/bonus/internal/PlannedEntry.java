package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.PaidOrder;
import java.math.BigDecimal;
import java.time.Instant;

/** A bonus entry computed for an order, before it is stored. */
record PlannedEntry(BonusType type, int level, String beneficiaryMemberId, BigDecimal percentage, BigDecimal amount) {

    /** The entry as stored for the paid order: pending, paid by the buyer's PV, in no closing yet. */
    BonusEntry pendingOf(PaidOrder order, long id, Instant createdAt) {
        return new BonusEntry(
                id,
                order.orderReference(),
                type,
                level,
                beneficiaryMemberId,
                order.buyerMemberId(),
                order.pvAmount(),
                percentage,
                amount,
                BonusEntryStatus.PENDING,
                createdAt,
                null);
    }
}

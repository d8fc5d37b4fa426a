package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusRanks;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.UnpaidReason;
import java.math.BigDecimal;

/**
 * A share of an order's PV the plan did not pay, before it is stored: by plan, bonus type and level, the member who
 * would have been paid when there is one (with its rank then), why, and the amount it would have been.
 */
record UnpaidShare(
        String plan,
        BigDecimal pvAmount,
        BonusType type,
        int level,
        String beneficiaryMemberId,
        BonusRanks.Level beneficiaryRank,
        UnpaidReason reason,
        BigDecimal percentage,
        BigDecimal amount) {

    /** Nobody to pay. */
    static UnpaidShare nobody(
            String plan, BigDecimal pvAmount, BonusType type, int level, UnpaidReason reason, BigDecimal percentage) {
        return new UnpaidShare(
                plan,
                pvAmount,
                type,
                level,
                null,
                null,
                reason,
                percentage,
                BonusCalculator.amount(pvAmount, percentage));
    }
}

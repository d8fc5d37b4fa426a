package com.aeghash.bonus.internal;

import com.aeghash.common.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Pure global-share arithmetic: pool = floor8(PV × percentage / 100); share = floor8(pool / qualifiers); the remainder
 * (pool − share × qualifiers, under one hundred-millionth per qualifier) stays with the company, and so does the
 * whole pool when nobody qualifies.
 */
record GlobalShareSplit(
        BigDecimal pvAmount,
        BigDecimal percentage,
        BigDecimal pool,
        long qualifiers,
        BigDecimal share,
        BigDecimal remainder) {

    static GlobalShareSplit of(BigDecimal pvAmount, BigDecimal percentage, long qualifiers) {
        if (qualifiers < 0) {
            throw new IllegalArgumentException("qualifiers must not be negative");
        }
        BigDecimal pool = BonusCalculator.amount(pvAmount, percentage);
        BigDecimal share = qualifiers == 0
                ? BigDecimal.ZERO
                : Amounts.floor8(pool.divide(BigDecimal.valueOf(qualifiers), 8, RoundingMode.DOWN));
        BigDecimal remainder = pool.subtract(share.multiply(BigDecimal.valueOf(qualifiers)));
        return new GlobalShareSplit(pvAmount, percentage, pool, qualifiers, share, remainder);
    }

    /** True when members are paid: someone qualifies and the share is at least 0.00000001. */
    boolean pays() {
        return share.signum() > 0;
    }
}

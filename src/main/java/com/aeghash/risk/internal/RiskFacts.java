package com.aeghash.risk.internal;

import com.aeghash.risk.WithdrawalRiskCheck;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Everything the rules look at, gathered before they run so that they stay pure functions.
 *
 * @param amountInWindow the member's withdrawals of the asset within the velocity window, this one included
 * @param deviceIsNew    the device was first seen by this request, or no device id was given
 * @param salesCap       what the sales cap compares, or null when it does not apply (not POINT, or switched off)
 */
record RiskFacts(
        WithdrawalRiskCheck check,
        BigDecimal amountInWindow,
        boolean deviceIsNew,
        Instant now,
        SalesCapFacts salesCap) {

    RiskFacts(WithdrawalRiskCheck check, BigDecimal amountInWindow, boolean deviceIsNew, Instant now) {
        this(check, amountInWindow, deviceIsNew, now, null);
    }

    /**
     * @param withdrawnInTotal every POINT withdrawal of the member not rejected, cancelled or failed, this one included
     * @param paidSalesPoints  the point value (PV) of the member's paid orders
     */
    record SalesCapFacts(BigDecimal withdrawnInTotal, BigDecimal paidSalesPoints) {}
}

package com.aeghash.risk.internal;

import com.aeghash.risk.WithdrawalRiskCheck;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Everything the rules look at, gathered before they run so that they stay pure functions.
 *
 * @param amountInWindow the member's withdrawals of the asset within the velocity window, this one included
 * @param deviceIsNew    the device was first seen by this request, or no device id was given
 */
record RiskFacts(WithdrawalRiskCheck check, BigDecimal amountInWindow, boolean deviceIsNew, Instant now) {
}

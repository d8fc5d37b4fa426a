package com.aeghash.bonus.internal;

import java.math.BigDecimal;

/**
 * A closing's global share as its API view shows it (inline): the PV of the orders it pooled, the pool, the
 * qualifiers at the cut-off, the amount paid so far (equal shares) and the remainder the company keeps. All null for
 * a closing whose global share has not started (or that completed before global share existed).
 */
record GlobalShareTotals(
        BigDecimal globalSharePv,
        BigDecimal globalSharePool,
        Long globalShareQualifiers,
        BigDecimal globalShareAmount,
        BigDecimal globalShareRemainder) {

    static final GlobalShareTotals NONE = new GlobalShareTotals(null, null, null, null, null);
}

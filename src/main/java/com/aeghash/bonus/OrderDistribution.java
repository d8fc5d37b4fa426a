package com.aeghash.bonus;

import java.math.BigDecimal;

/** What {@link BonusDistribution#distribute} created (or had created before, on a repeated call) for one order. */
public record OrderDistribution(String orderReference, int entries, BigDecimal total, boolean replayed) {}

package com.aeghash.bonus;

import java.math.BigDecimal;

/** What {@link BonusService#distribute} created (or had created before, on a repeated call) for one order. */
public record BonusDistribution(String orderReference, int entries, BigDecimal total, boolean replayed) {
}

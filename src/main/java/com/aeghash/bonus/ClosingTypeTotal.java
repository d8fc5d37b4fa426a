package com.aeghash.bonus;

import java.math.BigDecimal;

/**
 * What one closing paid of one bonus type: the sum of its entries of that type it confirmed, including those clawed
 * back later (they were paid), in POINT.
 */
public record ClosingTypeTotal(long closingId, BonusType bonusType, BigDecimal amount) {}

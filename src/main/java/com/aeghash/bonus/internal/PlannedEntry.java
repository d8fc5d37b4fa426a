package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusType;
import java.math.BigDecimal;

/** A bonus entry computed for an order, before it is stored. */
record PlannedEntry(BonusType type, int level, String beneficiaryMemberId, BigDecimal percentage, BigDecimal amount) {}

package com.aeghash.bonus;

import java.util.List;

/** Reads of what orders did not pay and why (for explanations of bonus entries and reports). */
public interface UnpaidBonuses {

    /** The unpaid shares of one order by plan, bonus type and level; empty for an unknown order. */
    List<UnpaidBonus> unpaidOf(String orderReference);
}

package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusRule;
import com.aeghash.bonus.UnpaidReason;
import com.aeghash.common.Amounts;
import com.aeghash.organization.Tree;
import com.aeghash.organization.Upline;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pure bonus arithmetic: which upline gets how much of an order's PV. */
final class BonusCalculator {

    private BonusCalculator() {}

    /**
     * One entry per rule of the plan and level whose upline exists and whose amount is positive after rounding down to
     * 8 decimals. A missing upline (the buyer sits near the root) or an amount that rounds to zero pays
     * nothing: the remainder stays with the company.
     */
    static List<PlannedEntry> plan(
            String plan, BigDecimal pvAmount, List<BonusRule> rules, Map<Tree, List<Upline>> uplinesByTree) {
        List<PlannedEntry> entries = new ArrayList<>();
        for (BonusRule rule : rules) {
            for (Upline upline : uplinesByTree.getOrDefault(rule.tree(), List.of())) {
                if (upline.level() > rule.levels()) {
                    break;
                }
                BigDecimal percentage = rule.percentageAt(upline.level());
                BigDecimal amount = amount(pvAmount, percentage);
                if (amount.signum() > 0) {
                    entries.add(new PlannedEntry(
                            plan, pvAmount, rule.type(), upline.level(), upline.memberId(), percentage, amount));
                }
            }
        }
        return entries;
    }

    /**
     * The levels of each rule above the topmost upline (the buyer sits near the root): one {@code no_upline} share per
     * level whose amount would be positive.
     */
    static List<UnpaidShare> unpaid(
            String plan, BigDecimal pvAmount, List<BonusRule> rules, Map<Tree, List<Upline>> uplinesByTree) {
        List<UnpaidShare> unpaid = new ArrayList<>();
        for (BonusRule rule : rules) {
            int present = uplinesByTree.getOrDefault(rule.tree(), List.of()).size();
            for (int level = present + 1; level <= rule.levels(); level++) {
                BigDecimal percentage = rule.percentageAt(level);
                if (amount(pvAmount, percentage).signum() > 0) {
                    unpaid.add(
                            UnpaidShare.nobody(plan, pvAmount, rule.type(), level, UnpaidReason.NO_UPLINE, percentage));
                }
            }
        }
        return unpaid;
    }

    /** floor8(PV × percentage / 100), exact until the one rounding. */
    static BigDecimal amount(BigDecimal pvAmount, BigDecimal percentage) {
        return Amounts.floor8(pvAmount.multiply(percentage).movePointLeft(2));
    }

    static BigDecimal total(List<PlannedEntry> entries) {
        return entries.stream().map(PlannedEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

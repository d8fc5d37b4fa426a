package com.aeghash.bonus;

import com.aeghash.organization.Tree;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One bonus of the plan: its type, the tree whose uplines receive it, and the percentage of the order's PV
 * paid to the upline of each level (index 0 = level 1, the direct parent). Checked when built: 1 to
 * {@link #LEVELS_MAX} levels, each percentage 0..100 with at most 6 decimals, together at most 100.
 */
public record BonusRule(BonusType type, Tree tree, List<BigDecimal> percentages) {

    public static final int LEVELS_MAX = 50;
    private static final int PERCENTAGE_SCALE_MAX = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BonusRule {
        Objects.requireNonNull(type, "bonus rule type is required");
        Objects.requireNonNull(tree, "bonus rule tree is required (UNILEVEL or BINARY)");
        if (percentages == null || percentages.isEmpty() || percentages.size() > LEVELS_MAX) {
            throw new IllegalArgumentException("bonus rule " + type + " needs 1-" + LEVELS_MAX + " level percentages");
        }
        percentages = List.copyOf(percentages);
        for (BigDecimal percentage : percentages) {
            if (percentage.signum() < 0
                    || percentage.compareTo(HUNDRED) > 0
                    || percentage.stripTrailingZeros().scale() > PERCENTAGE_SCALE_MAX) {
                throw new IllegalArgumentException("bonus rule " + type + ": percentage " + percentage.toPlainString()
                        + " must be 0-100 with at most " + PERCENTAGE_SCALE_MAX + " decimals");
            }
        }
        if (totalPercentage(percentages).compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("bonus rule " + type + ": percentages add up to more than 100");
        }
    }

    public int levels() {
        return percentages.size();
    }

    /** The percentage paid at a level (1-based). */
    public BigDecimal percentageAt(int level) {
        return percentages.get(level - 1);
    }

    public BigDecimal totalPercentage() {
        return totalPercentage(percentages);
    }

    private static BigDecimal totalPercentage(List<BigDecimal> percentages) {
        return percentages.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

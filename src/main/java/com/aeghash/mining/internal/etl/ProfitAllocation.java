package com.aeghash.mining.internal.etl;

import com.aeghash.common.Amounts;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.MemberHolding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of the daily credit, as pure functions. A member with {@code h} MH/s gets, per coin,
 * {@code floor8(floor8(perMega x h) x scale)}; {@code scale} is 1 unless the members' unscaled sum exceeds the
 * project's total, in which case it is {@code projectTotal / membersTotal} rounded down, so the scaled sum can
 * only be smaller than the project total (the remainder stays with the company).
 */
final class ProfitAllocation {

    /** Decimals of the pro-rata factor; rounding it down keeps the scaled sum within the project total. */
    static final int SCALE_DECIMALS = 18;

    /** One coin's figures fixed when the run was prepared. */
    record CoinPlan(Asset coin, BigDecimal perMega, BigDecimal projectTotal, BigDecimal scale) {}

    /**
     * Credits per member (in holding order; only positive amounts) and whether a budget clamp was needed: a
     * clamp means hash power grew during the run, and later members got less than their share.
     */
    record ChunkAllocation(Map<String, Map<Asset, BigDecimal>> credits, boolean clamped) {}

    private ProfitAllocation() {}

    static BigDecimal unscaled(BigDecimal perMega, BigDecimal hashPower) {
        return Amounts.floor8(perMega.multiply(hashPower));
    }

    static BigDecimal scaleFor(BigDecimal projectTotal, BigDecimal membersTotal) {
        if (membersTotal.compareTo(projectTotal) <= 0) {
            return BigDecimal.ONE;
        }
        return projectTotal.divide(membersTotal, SCALE_DECIMALS, RoundingMode.DOWN);
    }

    static BigDecimal credit(CoinPlan plan, BigDecimal hashPower) {
        BigDecimal raw = unscaled(plan.perMega(), hashPower);
        return plan.scale().compareTo(BigDecimal.ONE) == 0 ? raw : Amounts.floor8(raw.multiply(plan.scale()));
    }

    /**
     * Credits of one chunk, never beyond {@code remaining} per coin (what the project total still allows after
     * the chunks already committed).
     */
    static ChunkAllocation allocate(
            List<MemberHolding> holdings, List<CoinPlan> plans, Map<Asset, BigDecimal> remaining) {
        Map<Asset, BigDecimal> left = new EnumMap<>(Asset.class);
        left.putAll(remaining);
        Map<String, Map<Asset, BigDecimal>> credits = new LinkedHashMap<>();
        boolean clamped = false;
        for (MemberHolding holding : holdings) {
            Map<Asset, BigDecimal> memberCredits = new EnumMap<>(Asset.class);
            for (CoinPlan plan : plans) {
                BigDecimal wanted = credit(plan, holding.amount());
                BigDecimal budget = left.getOrDefault(plan.coin(), BigDecimal.ZERO);
                BigDecimal granted = wanted.min(budget);
                clamped |= granted.compareTo(wanted) < 0;
                if (granted.signum() > 0) {
                    memberCredits.put(plan.coin(), granted);
                    left.put(plan.coin(), budget.subtract(granted));
                }
            }
            credits.put(holding.memberId(), memberCredits);
        }
        return new ChunkAllocation(credits, clamped);
    }
}

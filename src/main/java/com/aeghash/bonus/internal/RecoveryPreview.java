package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.ClosingPreview;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pure decision of the preview: what a closing would recover of its members' bonus debts. Each member's confirmations,
 * in the order the closing takes them, repay the debt first until it is gone ({@link DebtRecovery#of} per chunk adds
 * up to {@code min(debt, everything confirmed)}, whatever the chunks); each confirmation's part is counted under its
 * bonus type.
 */
final class RecoveryPreview {

    /** Something the closing would confirm for a member. */
    record Confirmation(String memberId, BonusType bonusType, BigDecimal amount) {}

    private RecoveryPreview() {}

    /**
     * @param debts         the members' positive debts (absent = none)
     * @param confirmations the closing's confirmations of those members, each member's in the closing's order
     * @param top           how many members to list
     */
    static ClosingPreview.Recovery of(Map<String, BigDecimal> debts, List<Confirmation> confirmations, int top) {
        Map<String, BigDecimal> remaining = new HashMap<>(debts);
        Map<String, Map<BonusType, BigDecimal>> recovered = new TreeMap<>();
        for (Confirmation confirmation : confirmations) {
            BigDecimal left = remaining.getOrDefault(confirmation.memberId(), BigDecimal.ZERO);
            BigDecimal repaid = left.min(confirmation.amount());
            if (repaid.signum() > 0) {
                remaining.put(confirmation.memberId(), left.subtract(repaid));
                recovered
                        .computeIfAbsent(confirmation.memberId(), member -> new EnumMap<>(BonusType.class))
                        .merge(confirmation.bonusType(), repaid, BigDecimal::add);
            }
        }
        List<ClosingPreview.MemberRecovery> members = new ArrayList<>();
        Map<BonusType, BigDecimal> byType = new EnumMap<>(BonusType.class);
        recovered.forEach((member, types) -> {
            types.forEach((type, amount) -> byType.merge(type, amount, BigDecimal::add));
            members.add(new ClosingPreview.MemberRecovery(member, debts.get(member), sum(types), amounts(types)));
        });
        return new ClosingPreview.Recovery(
                debts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                sum(byType),
                members.size(),
                amounts(byType),
                members.stream()
                        .sorted(Comparator.comparing(ClosingPreview.MemberRecovery::amount)
                                .reversed()
                                .thenComparing(ClosingPreview.MemberRecovery::memberId))
                        .limit(top)
                        .toList());
    }

    private static BigDecimal sum(Map<BonusType, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<ClosingPreview.TypeAmount> amounts(Map<BonusType, BigDecimal> amounts) {
        return amounts.entrySet().stream()
                .map(type -> new ClosingPreview.TypeAmount(type.getKey(), type.getValue()))
                .toList();
    }
}

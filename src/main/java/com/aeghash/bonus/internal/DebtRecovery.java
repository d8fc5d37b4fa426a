package com.aeghash.bonus.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pure decision of a closing chunk: what each member's confirmed sum repays of their bonus debt first, {@code
 * min(confirmed, debt)}; only members with both appear.
 */
record DebtRecovery(Map<String, BigDecimal> recoveredByMember) {

    /** Nothing to recover (no member of the chunk owes anything). */
    static final DebtRecovery NONE = new DebtRecovery(Map.of());

    DebtRecovery {
        recoveredByMember = Map.copyOf(recoveredByMember);
    }

    /** {@code confirmed}: per member the chunk's confirmed sum; {@code debts}: their positive debts (absent = none). */
    static DebtRecovery of(Map<String, BigDecimal> confirmed, Map<String, BigDecimal> debts) {
        Map<String, BigDecimal> recovered = new TreeMap<>();
        confirmed.forEach((member, sum) -> {
            BigDecimal debt = debts.getOrDefault(member, BigDecimal.ZERO);
            BigDecimal repaid = debt.min(sum);
            if (repaid.signum() > 0) {
                recovered.put(member, repaid);
            }
        });
        return recovered.isEmpty() ? NONE : new DebtRecovery(recovered);
    }

    BigDecimal of(String memberId) {
        return recoveredByMember.getOrDefault(memberId, BigDecimal.ZERO);
    }

    BigDecimal total() {
        return recoveredByMember.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    boolean isEmpty() {
        return recoveredByMember.isEmpty();
    }
}

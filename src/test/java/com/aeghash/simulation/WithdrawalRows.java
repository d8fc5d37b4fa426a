package com.aeghash.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What changed of a run's withdrawals since they were last read through the API: one query of each withdrawal's
 * status, amount and audit trail rows (count and last id) instead of an HTTP read of every withdrawal on every step.
 * A withdrawal whose rows are as at its last API read answers as then, and passed the checks then.
 */
final class WithdrawalRows {

    /** Per withdrawal id: its rows when it was last handed out to be read. */
    private final Map<Long, String> lastRead = new HashMap<>();

    /** The withdrawals whose rows changed since they were last handed out (all of them the first time). */
    List<Model.Withdrawal> changed(SimulationRun run, List<Model.Withdrawal> withdrawals) {
        if (withdrawals.isEmpty()) {
            return List.of();
        }
        Map<Long, String> now = new HashMap<>();
        run.app
                .context()
                .getBean(JdbcClient.class)
                .sql("""
                        SELECT r.id, r.status, r.amount, COUNT(l.id), MAX(l.id) FROM withdrawal_requests r
                        LEFT JOIN withdrawal_audit_logs l ON l.withdrawal_id = r.id
                        WHERE r.id IN (:ids) GROUP BY r.id, r.status, r.amount""")
                .param(
                        "ids",
                        withdrawals.stream().map(withdrawal -> withdrawal.id).toList())
                .query((row, index) -> now.put(
                        row.getLong(1),
                        row.getString(2) + "/"
                                + row.getBigDecimal(3).stripTrailingZeros().toPlainString() + "/" + row.getLong(4) + "/"
                                + row.getLong(5)))
                .list();
        List<Model.Withdrawal> changed = new ArrayList<>();
        for (Model.Withdrawal withdrawal : withdrawals) {
            String rows = now.get(withdrawal.id);
            if (rows == null || !rows.equals(lastRead.put(withdrawal.id, rows))) {
                changed.add(withdrawal);
            }
        }
        return changed;
    }
}

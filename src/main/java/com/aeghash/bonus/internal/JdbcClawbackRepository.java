package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusClawback;
import com.aeghash.common.SqlTimes;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Clawbacks over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcClawbackRepository implements ClawbackRepository {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcClawbackRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public void lockAgainstClosings() {
        jdbc.query("SELECT singleton FROM bonus_closing_lock WHERE singleton = 1 FOR UPDATE", row -> {});
    }

    @Override
    public List<ConfirmedEntry> confirmedEntriesOf(String orderReference) {
        return jdbc.query(
                """
                SELECT id, beneficiary_member_id, amount, closing_id FROM bonus_entries
                WHERE order_reference = ? AND status = 'CONFIRMED' ORDER BY id""",
                (row, index) -> new ConfirmedEntry(
                        row.getLong("id"),
                        row.getString("beneficiary_member_id"),
                        row.getBigDecimal("amount"),
                        row.getObject("closing_id") == null ? null : row.getLong("closing_id")),
                orderReference);
    }

    /** An order has one entry per paid level and plan: one statement (well below the IN-list bound). */
    @Override
    public int markClawedBack(List<Long> entryIds, Instant at) {
        if (entryIds.isEmpty()) {
            return 0;
        }
        return named.update("""
                UPDATE bonus_entries SET status = 'CLAWED_BACK', closed_at = :at
                WHERE status = 'CONFIRMED' AND id IN (:ids)""", Map.of("at", SqlTimes.utc(at), "ids", entryIds));
    }

    @Override
    public void insertClawbacks(List<BonusClawback> clawbacks) {
        jdbc.batchUpdate(
                """
                INSERT INTO bonus_clawbacks (entry_id, order_reference, member_id, confirmed_closing_id, amount,
                    from_available, to_debt, clawed_back_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                clawbacks.stream()
                        .map(clawback -> new Object[] {
                            clawback.entryId(),
                            clawback.orderReference(),
                            clawback.memberId(),
                            clawback.confirmedClosingId(),
                            clawback.amount(),
                            clawback.fromAvailable(),
                            clawback.toDebt(),
                            SqlTimes.utc(clawback.clawedBackAt())
                        })
                        .toList());
    }

    @Override
    public List<BonusClawback> clawbacksOfOrder(String orderReference) {
        return jdbc.query("""
                SELECT entry_id, order_reference, member_id, confirmed_closing_id, amount, from_available, to_debt,
                    clawed_back_at FROM bonus_clawbacks WHERE order_reference = ? ORDER BY entry_id""", JdbcClawbackRepository::clawback, orderReference);
    }

    @Override
    public BigDecimal recoveredIn(long closingId) {
        BigDecimal sum = jdbc.queryForObject(
                "SELECT SUM(amount) FROM bonus_debt_recoveries WHERE closing_id = ?", BigDecimal.class, closingId);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private static BonusClawback clawback(ResultSet row, int index) throws SQLException {
        return new BonusClawback(
                row.getLong("entry_id"),
                row.getString("order_reference"),
                row.getString("member_id"),
                row.getObject("confirmed_closing_id") == null ? null : row.getLong("confirmed_closing_id"),
                row.getBigDecimal("amount"),
                row.getBigDecimal("from_available"),
                row.getBigDecimal("to_debt"),
                SqlTimes.instant(row, "clawed_back_at"));
    }
}

package com.aeghash.bonus.internal;

import com.aeghash.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads one entry with its order and closing in one query (by primary keys); H2 and PostgreSQL alike. */
@Repository
class JdbcEntryFacts {

    private final JdbcTemplate jdbc;

    JdbcEntryFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Left joins: an entry is explained even if no order row or closing row backs it. */
    Optional<EntryFacts> find(long entryId) {
        return jdbc.query("""
                SELECT e.id, e.order_reference, e.bonus_type, e.bonus_plan, e.tree_level, e.beneficiary_member_id,
                    e.source_member_id, e.pv_amount, e.percentage, e.amount, e.status, e.created_at, e.closing_id,
                    e.closed_at, o.pv_amount AS order_pv_amount, o.paid_at, o.refunded_at, c.cutoff
                FROM bonus_entries e
                LEFT JOIN bonus_orders o ON o.order_reference = e.order_reference
                LEFT JOIN bonus_closings c ON c.id = e.closing_id
                WHERE e.id = ?""", JdbcEntryFacts::facts, entryId).stream().findFirst();
    }

    private static EntryFacts facts(ResultSet row, int index) throws SQLException {
        return new EntryFacts(
                JdbcBonusOrderRepository.entry(row, index),
                row.getBigDecimal("order_pv_amount"),
                SqlTimes.instant(row, "paid_at"),
                SqlTimes.instant(row, "refunded_at"),
                SqlTimes.instant(row, "cutoff"),
                SqlTimes.instant(row, "closed_at"));
    }
}

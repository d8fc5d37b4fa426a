package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusPlans;
import com.aeghash.bonus.BonusRanks;
import com.aeghash.bonus.BonusType;
import com.aeghash.common.SqlTimes;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Global shares of closings, the qualifiers of a running one, the orders they pool and the entries they pay; identical
 * statements on H2 (PostgreSQL mode) and PostgreSQL.
 */
@Repository
class JdbcGlobalShareRepository {

    private static final String COLUMNS = """
            closing_id, status, min_rank, orders, pv_amount, percentage, pool, qualifiers, share, remainder,
            paid_members, paid_amount, chunks, last_member_id, created_at, completed_at""";
    /** Qualifiers sent per statement when they are fixed. */
    static final int MEMBERS_PER_STATEMENT = 10_000;

    private final JdbcTemplate jdbc;

    JdbcGlobalShareRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<GlobalShareRun> find(long closingId) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM bonus_global_shares WHERE closing_id = ?", this::run, closingId)
                .stream()
                .findFirst();
    }

    /**
     * Marks the period's orders as pooled by the closing: paid before {@code paidBefore}, not refunded, pooled by no
     * closing yet (as committed now); returns their count and PV.
     */
    PooledOrders poolOrders(long closingId, Instant paidBefore) {
        jdbc.update("""
                UPDATE bonus_orders SET global_share_closing_id = ?
                WHERE global_share_closing_id IS NULL AND refunded_at IS NULL AND paid_at < ?""", closingId, SqlTimes.utc(paidBefore));
        return jdbc.queryForObject(
                """
                SELECT COUNT(*) AS orders, COALESCE(SUM(pv_amount), 0) AS pv FROM bonus_orders
                WHERE global_share_closing_id = ?""", (row, number) -> new PooledOrders(row.getLong("orders"), row.getBigDecimal("pv")), closingId);
    }

    /** What {@link #poolOrders} would pool now, read only (the closing preview). */
    PooledOrders poolable(Instant paidBefore) {
        return jdbc.queryForObject(
                """
                SELECT COUNT(*) AS orders, COALESCE(SUM(pv_amount), 0) AS pv FROM bonus_orders
                WHERE global_share_closing_id IS NULL AND refunded_at IS NULL AND paid_at < ?""",
                (row, number) -> new PooledOrders(row.getLong("orders"), row.getBigDecimal("pv")),
                SqlTimes.utc(paidBefore));
    }

    /** The orders a global share pooled: how many, and their PV. */
    record PooledOrders(long orders, BigDecimal pvAmount) {}

    void insert(GlobalShareRun run) {
        GlobalShareSplit split = run.split();
        jdbc.update(
                """
                INSERT INTO bonus_global_shares (closing_id, status, min_rank, orders, pv_amount, percentage, pool,
                    qualifiers, share, remainder, paid_members, paid_amount, chunks, last_member_id, created_at,
                    completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                run.closingId(),
                run.status().name(),
                run.minRank().name(),
                run.orders(),
                split.pvAmount(),
                split.percentage(),
                split.pool(),
                split.qualifiers(),
                split.share(),
                split.remainder(),
                run.paidMembers(),
                run.paidAmount(),
                run.chunks(),
                run.lastMemberId(),
                SqlTimes.utc(run.createdAt()),
                SqlTimes.utc(run.completedAt()));
    }

    void saveProgress(GlobalShareRun run) {
        jdbc.update(
                """
                UPDATE bonus_global_shares SET status = ?, paid_members = ?, paid_amount = ?, chunks = ?,
                    last_member_id = ?, completed_at = ? WHERE closing_id = ?""",
                run.status().name(),
                run.paidMembers(),
                run.paidAmount(),
                run.chunks(),
                run.lastMemberId(),
                SqlTimes.utc(run.completedAt()),
                run.closingId());
    }

    /**
     * The qualifiers, fixed for the rest of the run: one statement per {@value #MEMBERS_PER_STATEMENT} members, their
     * ids sent as one array (a batch of single-row inserts took seconds for 200,000 qualifiers).
     */
    void insertMembers(long closingId, List<String> memberIds) {
        for (int from = 0; from < memberIds.size(); from += MEMBERS_PER_STATEMENT) {
            List<String> slice = memberIds.subList(from, Math.min(memberIds.size(), from + MEMBERS_PER_STATEMENT));
            jdbc.update("""
                    INSERT INTO bonus_global_share_members (closing_id, member_id)
                    SELECT ?, q.member_id FROM UNNEST(CAST(? AS VARCHAR(64) ARRAY)) AS q (member_id)""", statement -> {
                statement.setLong(1, closingId);
                statement.setArray(2, memberArray(statement, slice));
            });
        }
    }

    List<String> membersAfter(long closingId, String afterMemberId, int limit) {
        return jdbc.queryForList("""
                SELECT member_id FROM bonus_global_share_members WHERE closing_id = ? AND member_id > ?
                ORDER BY member_id LIMIT ?""", String.class, closingId, afterMemberId == null ? "" : afterMemberId, limit);
    }

    void deleteMembers(long closingId) {
        jdbc.update("DELETE FROM bonus_global_share_members WHERE closing_id = ?", closingId);
    }

    /**
     * The members' entries, confirmed by the closing as they are created: one statement, the ids sent as one array,
     * the entries numbered in member order.
     */
    void insertEntries(GlobalShareRun run, List<String> memberIds, Instant now) {
        OffsetDateTime at = SqlTimes.utc(now);
        GlobalShareSplit split = run.split();
        jdbc.update("""
                INSERT INTO bonus_entries (order_reference, bonus_type, bonus_plan, tree_level, beneficiary_member_id,
                    source_member_id, pv_amount, percentage, amount, status, created_at, closing_id, closed_at)
                SELECT NULL, ?, ?, 1, q.member_id, NULL, ?, ?, ?, 'CONFIRMED', ?, ?, ?
                FROM UNNEST(CAST(? AS VARCHAR(64) ARRAY)) AS q (member_id) ORDER BY q.member_id""", statement -> {
            statement.setString(1, BonusType.GLOBAL_SHARE.name());
            statement.setString(2, BonusPlans.DEFAULT);
            statement.setBigDecimal(3, split.pvAmount());
            statement.setBigDecimal(4, split.percentage());
            statement.setBigDecimal(5, split.share());
            statement.setObject(6, at);
            statement.setLong(7, run.closingId());
            statement.setObject(8, at);
            statement.setArray(9, memberArray(statement, memberIds));
        });
    }

    private static Array memberArray(PreparedStatement statement, List<String> memberIds) throws SQLException {
        return statement.getConnection().createArrayOf("VARCHAR", memberIds.toArray());
    }

    private GlobalShareRun run(ResultSet row, int number) throws SQLException {
        return new GlobalShareRun(
                row.getLong("closing_id"),
                ClosingStatus.valueOf(row.getString("status")),
                BonusRanks.Level.valueOf(row.getString("min_rank")),
                row.getLong("orders"),
                new GlobalShareSplit(
                        row.getBigDecimal("pv_amount"),
                        row.getBigDecimal("percentage"),
                        row.getBigDecimal("pool"),
                        row.getLong("qualifiers"),
                        row.getBigDecimal("share"),
                        row.getBigDecimal("remainder")),
                row.getLong("paid_members"),
                row.getBigDecimal("paid_amount"),
                row.getInt("chunks"),
                row.getString("last_member_id"),
                SqlTimes.instant(row, "created_at"),
                SqlTimes.instant(row, "completed_at"));
    }
}

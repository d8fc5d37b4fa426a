package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Closings over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcClosingRepository implements ClosingRepository {

    static final int IN_LIST_MAX = 1000;
    /** The closing's global share, if started, beside its row (no join: the lock takes the closing's row only). */
    private static final String GLOBAL_SHARE_COLUMNS = """
            (SELECT g.pv_amount FROM bonus_global_shares g WHERE g.closing_id = bonus_closings.id) AS gs_pv,
            (SELECT g.pool FROM bonus_global_shares g WHERE g.closing_id = bonus_closings.id) AS gs_pool,
            (SELECT g.qualifiers FROM bonus_global_shares g WHERE g.closing_id = bonus_closings.id) AS gs_qualifiers,
            (SELECT g.paid_amount FROM bonus_global_shares g WHERE g.closing_id = bonus_closings.id) AS gs_paid,
            (SELECT g.remainder FROM bonus_global_shares g WHERE g.closing_id = bonus_closings.id) AS gs_remainder""";

    private static final String RUN_COLUMNS = """
            id, cutoff, paid_before, status, total_entries, processed_entries, confirmed_entries, cancelled_entries,
            confirmed_amount, cancelled_amount, chunks, last_beneficiary_member_id, last_entry_id, started_by,
            started_at, finished_at, """ + GLOBAL_SHARE_COLUMNS;
    /** Entries of orders whose credits are still queued are not in {@code pending} yet: a later closing takes them. */
    static final String CLOSABLE = """
            FROM bonus_entries e JOIN bonus_orders o ON o.order_reference = e.order_reference
            WHERE e.status = 'PENDING' AND (o.refunded_at IS NOT NULL OR o.paid_at < ?)
                AND NOT EXISTS (SELECT 1 FROM bonus_credit_queue q WHERE q.order_reference = e.order_reference)""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JdbcClosingRanges ranges;

    public JdbcClosingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.ranges = new JdbcClosingRanges(jdbc);
    }

    @Override
    public long countClosable(Instant paidBefore) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) " + CLOSABLE, Long.class, SqlTimes.utc(paidBefore));
        return count == null ? 0 : count;
    }

    @Override
    public boolean insertIfAbsent(
            Instant cutoff, Instant paidBefore, long totalEntries, String startedBy, Instant startedAt) {
        return jdbc.update(
                        """
                INSERT INTO bonus_closings (cutoff, paid_before, status, total_entries, processed_entries,
                    confirmed_entries, cancelled_entries, confirmed_amount, cancelled_amount, chunks, started_by,
                    started_at) VALUES (?, ?, 'RUNNING', ?, 0, 0, 0, 0, 0, 0, ?, ?) ON CONFLICT DO NOTHING""",
                        SqlTimes.utc(cutoff),
                        SqlTimes.utc(paidBefore),
                        totalEntries,
                        startedBy,
                        SqlTimes.utc(startedAt))
                == 1;
    }

    @Override
    public Optional<ClosingRun> findByCutoff(Instant cutoff) {
        return jdbc
                .query(
                        "SELECT " + RUN_COLUMNS + " FROM bonus_closings WHERE cutoff = ?",
                        JdbcClosingRepository::run,
                        SqlTimes.utc(cutoff))
                .stream()
                .findFirst();
    }

    @Override
    public Optional<ClosingRun> find(long id) {
        return jdbc
                .query("SELECT " + RUN_COLUMNS + " FROM bonus_closings WHERE id = ?", JdbcClosingRepository::run, id)
                .stream()
                .findFirst();
    }

    @Override
    public void lockClosings() {
        ranges.lockExclusively();
    }

    @Override
    public Optional<ClosingRun> lock(long id) {
        ranges.lockExclusively();
        return jdbc
                .query(
                        "SELECT " + RUN_COLUMNS + " FROM bonus_closings WHERE id = ? FOR UPDATE",
                        JdbcClosingRepository::run,
                        id)
                .stream()
                .findFirst();
    }

    @Override
    public List<ClosingRun> recent(long beforeId, int limit) {
        return jdbc.query(
                "SELECT " + RUN_COLUMNS + " FROM bonus_closings WHERE id < ? ORDER BY id DESC LIMIT ?",
                JdbcClosingRepository::run,
                beforeId,
                limit);
    }

    @Override
    public boolean enterChunk(long closingId) {
        return ranges.enterChunk(closingId);
    }

    @Override
    public List<Long> olderRunning(long closingId) {
        return ranges.olderRunning(closingId);
    }

    @Override
    public List<String> rangeEnds(Instant paidBefore, int entriesPerRange) {
        return ranges.rangeEnds(paidBefore, entriesPerRange);
    }

    @Override
    public List<ClosableEntry> closableIn(Instant paidBefore, ClosingRange range) {
        String upTo = range.lastMember() == null ? "" : " AND e.beneficiary_member_id <= ?";
        List<Object> arguments = new ArrayList<>(List.of(SqlTimes.utc(paidBefore), range.afterMember()));
        if (range.lastMember() != null) {
            arguments.add(range.lastMember());
        }
        return jdbc.query(
                "SELECT e.id, e.beneficiary_member_id, e.amount, o.refunded_at " + CLOSABLE
                        + " AND e.beneficiary_member_id > ?" + upTo + " ORDER BY e.beneficiary_member_id, e.id",
                (row, index) -> new ClosableEntry(
                        row.getLong("id"),
                        row.getString("beneficiary_member_id"),
                        row.getBigDecimal("amount"),
                        row.getObject("refunded_at") != null),
                arguments.toArray());
    }

    @Override
    public boolean hasRanges(long closingId) {
        return ranges.hasRanges(closingId);
    }

    @Override
    public void addRanges(long closingId, List<ClosingRange> closingRanges) {
        ranges.addRanges(closingId, closingRanges);
    }

    @Override
    public Optional<Integer> claimRange(long closingId, String worker, Instant now, Instant leaseUntil) {
        return ranges.claimRange(closingId, worker, now, leaseUntil);
    }

    @Override
    public Optional<ClosingRange> lockClaimedRange(long closingId, int chunkNo, String worker) {
        return ranges.lockClaimedRange(closingId, chunkNo, worker);
    }

    @Override
    public void releaseRange(long closingId, int chunkNo, String worker) {
        ranges.releaseRange(closingId, chunkNo, worker);
    }

    @Override
    public void rangeDone(long closingId, int chunkNo, int entries, Instant doneAt) {
        ranges.rangeDone(closingId, chunkNo, entries, doneAt);
    }

    @Override
    public long pendingRanges(long closingId) {
        return ranges.pendingRanges(closingId);
    }

    /** One statement for all the ids, sent as one array (an index look-up per id on both databases). */
    @Override
    public int moveEntries(List<Long> entryIds, BonusEntryStatus status, long closingId, Instant closedAt) {
        if (entryIds.isEmpty()) {
            return 0;
        }
        return jdbc.update("""
                UPDATE bonus_entries SET status = ?, closing_id = ?, closed_at = ?
                WHERE status = 'PENDING' AND id = ANY(?)""", statement -> {
            statement.setString(1, status.name());
            statement.setLong(2, closingId);
            statement.setObject(3, SqlTimes.utc(closedAt));
            statement.setArray(4, statement.getConnection().createArrayOf("BIGINT", entryIds.toArray()));
        });
    }

    @Override
    public void recordDebtRecoveries(long closingId, int chunk, DebtRecovery recovery, Instant recoveredAt) {
        if (recovery.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                """
                INSERT INTO bonus_debt_recoveries (closing_id, chunk, member_id, amount, recovered_at)
                VALUES (?, ?, ?, ?, ?)""",
                recovery.recoveredByMember().entrySet().stream()
                        .map(member -> new Object[] {
                            closingId, chunk, member.getKey(), member.getValue(), SqlTimes.utc(recoveredAt)
                        })
                        .toList());
    }

    @Override
    public void saveProgress(ClosingRun run) {
        ClosingTotals totals = run.totals();
        jdbc.update(
                """
                UPDATE bonus_closings SET status = ?, processed_entries = ?, confirmed_entries = ?,
                    cancelled_entries = ?, confirmed_amount = ?, cancelled_amount = ?, chunks = ?,
                    last_beneficiary_member_id = ?, last_entry_id = ?, finished_at = ?
                WHERE id = ?""",
                run.status().name(),
                totals.processedEntries(),
                totals.confirmedEntries(),
                totals.cancelledEntries(),
                totals.confirmedAmount(),
                totals.cancelledAmount(),
                totals.chunks(),
                run.lastBeneficiaryMemberId(),
                run.lastEntryId(),
                SqlTimes.utc(run.finishedAt()),
                run.id());
    }

    @Override
    public boolean addChunk(long closingId, ClosingChunk chunk) {
        return jdbc.update(
                        """
                UPDATE bonus_closings SET processed_entries = processed_entries + ?,
                    confirmed_entries = confirmed_entries + ?, cancelled_entries = cancelled_entries + ?,
                    confirmed_amount = confirmed_amount + ?, cancelled_amount = cancelled_amount + ?, chunks = chunks + 1,
                    last_beneficiary_member_id = ?, last_entry_id = ?
                WHERE id = ? AND status = 'RUNNING'""",
                        chunk.size(),
                        chunk.confirmedIds().size(),
                        chunk.cancelledIds().size(),
                        chunk.confirmedAmount(),
                        chunk.cancelledAmount(),
                        chunk.lastBeneficiaryMemberId(),
                        chunk.lastEntryId(),
                        closingId)
                == 1;
    }

    private static ClosingRun run(ResultSet row, int index) throws SQLException {
        Long lastEntryId = row.getObject("last_entry_id") == null ? null : row.getLong("last_entry_id");
        return new ClosingRun(
                row.getLong("id"),
                SqlTimes.instant(row, "cutoff"),
                SqlTimes.instant(row, "paid_before"),
                ClosingStatus.valueOf(row.getString("status")),
                row.getLong("total_entries"),
                new ClosingTotals(
                        row.getLong("processed_entries"),
                        row.getLong("confirmed_entries"),
                        row.getLong("cancelled_entries"),
                        row.getBigDecimal("confirmed_amount"),
                        row.getBigDecimal("cancelled_amount"),
                        row.getInt("chunks")),
                row.getString("last_beneficiary_member_id"),
                lastEntryId,
                row.getString("started_by"),
                SqlTimes.instant(row, "started_at"),
                SqlTimes.instant(row, "finished_at"),
                new GlobalShareTotals(
                        row.getBigDecimal("gs_pv"),
                        row.getBigDecimal("gs_pool"),
                        row.getObject("gs_qualifiers") == null ? null : row.getLong("gs_qualifiers"),
                        row.getBigDecimal("gs_paid"),
                        row.getBigDecimal("gs_remainder")));
    }
}

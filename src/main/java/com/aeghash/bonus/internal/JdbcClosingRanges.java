package com.aeghash.bonus.internal;

import com.aeghash.common.SqlTimes;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The member ranges of closings ({@code bonus_closing_chunks}, V138) and the closings' lock as their chunks take it,
 * for {@link JdbcClosingRepository}. On PostgreSQL chunks share the lock row ({@code FOR SHARE}: side by side, while
 * refunds, which take it {@code FOR UPDATE}, wait for them); on H2, the embedded sandbox database, every chunk takes
 * it exclusively, one after the other.
 */
final class JdbcClosingRanges {

    private static final int WORKER_LENGTH_MAX = 120;
    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    JdbcClosingRanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void lockExclusively() {
        jdbc.query("SELECT singleton FROM bonus_closing_lock WHERE singleton = 1 FOR UPDATE", row -> {});
    }

    boolean enterChunk(long closingId) {
        jdbc.query(
                "SELECT singleton FROM bonus_closing_lock WHERE singleton = 1 "
                        + (postgres() ? "FOR SHARE" : "FOR UPDATE"),
                row -> {});
        return olderRunning(closingId).isEmpty();
    }

    List<Long> olderRunning(long closingId) {
        return jdbc.queryForList(
                "SELECT id FROM bonus_closings WHERE status = 'RUNNING' AND id < ? ORDER BY id", Long.class, closingId);
    }

    List<String> rangeEnds(Instant paidBefore, int entriesPerRange) {
        List<String> ends = jdbc.queryForList(
                """
                SELECT MAX(member) AS last_member FROM (
                    SELECT member, CAST(SUM(entries) OVER (ORDER BY member) - entries AS BIGINT) / ? AS range_no
                    FROM (SELECT e.beneficiary_member_id AS member, COUNT(*) AS entries
                    """ + JdbcClosingRepository.CLOSABLE + """
                     GROUP BY e.beneficiary_member_id) m) r
                GROUP BY range_no ORDER BY last_member""", String.class, entriesPerRange, SqlTimes.utc(paidBefore));
        return ends.isEmpty() ? ends : ends.subList(0, ends.size() - 1);
    }

    boolean hasRanges(long closingId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM bonus_closing_chunks WHERE closing_id = ?)", Boolean.class, closingId));
    }

    void addRanges(long closingId, List<ClosingRange> ranges) {
        jdbc.batchUpdate(
                """
                INSERT INTO bonus_closing_chunks (closing_id, chunk_no, after_member, last_member, status)
                VALUES (?, ?, ?, ?, 'pending')""",
                ranges.stream()
                        .map(range ->
                                new Object[] {closingId, range.chunkNo(), range.afterMember(), range.lastMember()})
                        .toList());
    }

    Optional<Integer> claimRange(long closingId, String worker, Instant now, Instant leaseUntil) {
        Optional<Integer> free = jdbc.queryForList("""
                        SELECT chunk_no FROM bonus_closing_chunks
                        WHERE closing_id = ? AND status = 'pending' AND (lease_until IS NULL OR lease_until < ?)
                        ORDER BY chunk_no LIMIT 1 FOR UPDATE SKIP LOCKED""", Integer.class, closingId, SqlTimes.utc(now)).stream()
                .findFirst();
        free.ifPresent(chunkNo -> jdbc.update(
                "UPDATE bonus_closing_chunks SET worker = ?, lease_until = ? WHERE closing_id = ? AND chunk_no = ?",
                workerName(worker),
                SqlTimes.utc(leaseUntil),
                closingId,
                chunkNo));
        return free;
    }

    Optional<ClosingRange> lockClaimedRange(long closingId, int chunkNo, String worker) {
        return jdbc
                .query(
                        """
                        SELECT chunk_no, after_member, last_member FROM bonus_closing_chunks
                        WHERE closing_id = ? AND chunk_no = ? AND status = 'pending' AND worker = ? FOR UPDATE""",
                        (row, index) -> new ClosingRange(
                                row.getInt("chunk_no"), row.getString("after_member"), row.getString("last_member")),
                        closingId,
                        chunkNo,
                        workerName(worker))
                .stream()
                .findFirst();
    }

    void releaseRange(long closingId, int chunkNo, String worker) {
        jdbc.update("""
                UPDATE bonus_closing_chunks SET worker = NULL, lease_until = NULL
                WHERE closing_id = ? AND chunk_no = ? AND status = 'pending' AND worker = ?""", closingId, chunkNo, workerName(worker));
    }

    void rangeDone(long closingId, int chunkNo, int entries, Instant doneAt) {
        int updated = jdbc.update("""
                UPDATE bonus_closing_chunks SET status = 'done', entries = ?, done_at = ?, lease_until = NULL
                WHERE closing_id = ? AND chunk_no = ? AND status = 'pending'""", entries, SqlTimes.utc(doneAt), closingId, chunkNo);
        if (updated != 1) {
            throw new IllegalStateException("range " + chunkNo + " of closing " + closingId + " is not pending");
        }
    }

    long pendingRanges(long closingId) {
        Long pending = jdbc.queryForObject(
                "SELECT COUNT(*) FROM bonus_closing_chunks WHERE closing_id = ? AND status = 'pending'",
                Long.class,
                closingId);
        return pending == null ? 0 : pending;
    }

    private static String workerName(String worker) {
        return worker.length() > WORKER_LENGTH_MAX ? worker.substring(0, WORKER_LENGTH_MAX) : worker;
    }

    private boolean postgres() {
        if (postgres == null) {
            try {
                postgres = "PostgreSQL"
                        .equals(JdbcUtils.extractDatabaseMetaData(
                                jdbc.getDataSource(), DatabaseMetaData::getDatabaseProductName));
            } catch (MetaDataAccessException failure) {
                throw new IllegalStateException("cannot tell the database product", failure);
            }
        }
        return postgres;
    }
}

package com.aeghash.mining.internal.etl;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.Asset;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.EtlRunStatus;
import com.aeghash.mining.internal.MiningProperties.AllocationBasis;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link EtlRunRepository} over SQL, identical on H2 and PostgreSQL. */
@Repository
public class JdbcEtlRunRepository implements EtlRunRepository {

    private static final int WORKER_LENGTH_MAX = 120;

    private static final String SELECT_RUN = """
            SELECT id, run_date, status, prepared, total_members, processed_members, cursor_member_id, lease_owner,
                   lease_until, attempts, last_error, created_at, updated_at, completed_at, allocation_basis
            FROM etl_runs""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public JdbcEtlRunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public StoredEtlRun findOrCreate(String job, LocalDate date, Instant now) {
        jdbc.update("""
                INSERT INTO etl_runs (job_name, run_date, status, created_at, updated_at)
                VALUES (?, ?, 'running', ?, ?) ON CONFLICT DO NOTHING""", job, date, SqlTimes.utc(now), SqlTimes.utc(now));
        return find(job, date).orElseThrow();
    }

    @Override
    public Optional<StoredEtlRun> find(String job, LocalDate date) {
        return withCoins(jdbc.query(
                        SELECT_RUN + " WHERE job_name = ? AND run_date = ?", (row, index) -> storedOf(row), job, date))
                .stream()
                .findFirst();
    }

    @Override
    public List<EtlRun> before(String job, LocalDate date, int limit) {
        return withCoins(jdbc.query(
                        SELECT_RUN + " WHERE job_name = ? AND run_date < ? ORDER BY run_date DESC LIMIT ?",
                        (row, index) -> storedOf(row),
                        job,
                        date,
                        limit))
                .stream()
                .map(StoredEtlRun::run)
                .toList();
    }

    @Override
    public List<LocalDate> unfinishedBefore(String job, LocalDate date, int limit) {
        return jdbc.query("""
                SELECT run_date FROM etl_runs WHERE job_name = ? AND status <> 'completed' AND run_date < ?
                ORDER BY run_date LIMIT ?""", (row, index) -> row.getObject("run_date", LocalDate.class), job, date, limit);
    }

    @Override
    public boolean claim(long runId, String owner, Instant now, Instant leaseUntil) {
        return jdbc.update("""
                UPDATE etl_runs SET status = 'running', lease_owner = ?, lease_until = ?, attempts = attempts + 1,
                       last_error = NULL, updated_at = ?
                WHERE id = ? AND status IN ('running', 'failed') AND (lease_owner IS NULL OR lease_until < ?)""", owner, SqlTimes.utc(leaseUntil), SqlTimes.utc(now), runId, SqlTimes.utc(now)) == 1;
    }

    @Override
    public boolean prepare(
            long runId,
            String owner,
            AllocationBasis basis,
            long totalMembers,
            List<EtlRun.CoinTotals> coins,
            Instant now,
            Instant leaseUntil) {
        int updated = jdbc.update(
                """
                UPDATE etl_runs SET prepared = TRUE, allocation_basis = ?, total_members = ?, lease_until = ?,
                       updated_at = ?
                WHERE id = ? AND lease_owner = ? AND status = 'running' AND prepared = FALSE""", basis.wireName(), totalMembers, SqlTimes.utc(leaseUntil), SqlTimes.utc(now), runId, owner);
        if (updated != 1) {
            return false;
        }
        jdbc.batchUpdate(
                """
                INSERT INTO etl_run_coin_totals (run_id, coin, per_mega, project_total, members_total, scale,
                    credited_total) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                coins.stream()
                        .map(coin -> new Object[] {
                            runId,
                            coin.coin().name(),
                            coin.perMega(),
                            coin.projectTotal(),
                            coin.membersTotal(),
                            coin.scale(),
                            coin.creditedTotal()
                        })
                        .toList());
        return true;
    }

    @Override
    public boolean addChunks(long runId, String owner, List<EtlChunkRange> ranges) {
        if (jdbc.update(
                        "UPDATE etl_runs SET updated_at = updated_at WHERE id = ? AND lease_owner = ? AND status = 'running'",
                        runId,
                        owner)
                != 1) {
            return false;
        }
        jdbc.batchUpdate(
                """
                INSERT INTO etl_run_chunks (run_id, chunk_no, after_member, last_member, status)
                VALUES (?, ?, ?, ?, 'pending')""",
                ranges.stream()
                        .map(range -> new Object[] {runId, range.chunkNo(), range.afterMember(), range.lastMember()})
                        .toList());
        return true;
    }

    @Override
    public boolean hasChunks(long runId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM etl_run_chunks WHERE run_id = ?)", Boolean.class, runId));
    }

    @Override
    public Optional<EtlChunkRange> claimChunk(long runId, boolean skipLocked) {
        return jdbc
                .query(
                        """
                        SELECT chunk_no, after_member, last_member FROM etl_run_chunks
                        WHERE run_id = ? AND status = 'pending' ORDER BY chunk_no LIMIT 1 FOR UPDATE""" + (skipLocked ? " SKIP LOCKED" : ""),
                        (row, index) -> new EtlChunkRange(
                                row.getInt("chunk_no"), row.getString("after_member"), row.getString("last_member")),
                        runId)
                .stream()
                .findFirst();
    }

    @Override
    public long pendingChunks(long runId) {
        Long pending = jdbc.queryForObject(
                "SELECT COUNT(*) FROM etl_run_chunks WHERE run_id = ? AND status = 'pending'", Long.class, runId);
        return pending == null ? 0 : pending;
    }

    @Override
    public Map<Asset, BigDecimal> remaining(long runId, boolean lock) {
        Map<Asset, BigDecimal> remaining = new EnumMap<>(Asset.class);
        jdbc.query(
                "SELECT coin, project_total - credited_total AS remaining FROM etl_run_coin_totals WHERE run_id = ?"
                        + (lock ? " ORDER BY coin FOR UPDATE" : ""),
                row -> {
                    remaining.put(Asset.valueOf(row.getString("coin")), row.getBigDecimal("remaining"));
                },
                runId);
        return remaining;
    }

    @Override
    public boolean recordChunk(long runId, String owner, EtlChunk chunk, Instant now, Instant leaseUntil) {
        if (jdbc.update(
                        """
                        UPDATE etl_run_chunks SET status = 'done', worker = ?, members = ?, done_at = ?
                        WHERE run_id = ? AND chunk_no = ? AND status = 'pending' AND EXISTS (
                            SELECT 1 FROM etl_runs WHERE id = ? AND lease_owner = ? AND status = 'running')""",
                        chunk.worker().length() > WORKER_LENGTH_MAX
                                ? chunk.worker().substring(0, WORKER_LENGTH_MAX)
                                : chunk.worker(),
                        chunk.members(),
                        SqlTimes.utc(now),
                        runId,
                        chunk.chunkNo(),
                        runId,
                        owner)
                != 1) {
            return false;
        }
        // the run's row and its coin rows are shared by every worker: updated last, they stay locked only until commit
        int updated = jdbc.update("""
                UPDATE etl_runs SET processed_members = processed_members + ?, lease_until = ?, updated_at = ?
                WHERE id = ? AND lease_owner = ? AND status = 'running'""", chunk.members(), SqlTimes.utc(leaseUntil), SqlTimes.utc(now), runId, owner);
        if (updated != 1) {
            return false;
        }
        List<Object[]> totals = chunk.credited().entrySet().stream()
                .filter(coin -> coin.getValue().signum() != 0)
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Asset::name)))
                .map(coin -> new Object[] {coin.getValue(), runId, coin.getKey().name()})
                .toList();
        jdbc.batchUpdate(
                "UPDATE etl_run_coin_totals SET credited_total = credited_total + ? WHERE run_id = ? AND coin = ?",
                totals);
        return true;
    }

    @Override
    public boolean complete(long runId, String owner, Instant now) {
        return jdbc.update("""
                UPDATE etl_runs SET status = 'completed', completed_at = ?, updated_at = ?, lease_owner = NULL,
                       lease_until = NULL
                WHERE id = ? AND lease_owner = ? AND status = 'running'""", SqlTimes.utc(now), SqlTimes.utc(now), runId, owner) == 1;
    }

    @Override
    public boolean fail(long runId, String owner, String error, Instant now) {
        return jdbc.update("""
                UPDATE etl_runs SET status = 'failed', last_error = ?, updated_at = ?, lease_owner = NULL,
                       lease_until = NULL
                WHERE id = ? AND lease_owner = ? AND status = 'running'""", error, SqlTimes.utc(now), runId, owner) == 1;
    }

    /** A run without its coin totals ({@link #withCoins} adds them with one query for all runs read). */
    private static StoredEtlRun storedOf(ResultSet row) throws SQLException {
        EtlRun run = new EtlRun(
                row.getLong("id"),
                row.getObject("run_date", LocalDate.class),
                EtlRunStatus.fromWireName(row.getString("status")),
                row.getLong("total_members"),
                row.getLong("processed_members"),
                List.of(),
                row.getInt("attempts"),
                row.getString("last_error"),
                SqlTimes.instant(row, "created_at"),
                SqlTimes.instant(row, "updated_at"),
                SqlTimes.instant(row, "completed_at"),
                basisOf(row));
        return new StoredEtlRun(
                run,
                row.getBoolean("prepared"),
                row.getString("cursor_member_id"),
                row.getString("lease_owner"),
                SqlTimes.instant(row, "lease_until"));
    }

    /** Null before preparation; a run prepared before the basis was stored (column null) was time-weighted. */
    private static String basisOf(ResultSet row) throws SQLException {
        if (!row.getBoolean("prepared")) {
            return null;
        }
        return AllocationBasis.fromWireName(row.getString("allocation_basis")).wireName();
    }

    private List<StoredEtlRun> withCoins(List<StoredEtlRun> runs) {
        if (runs.isEmpty()) {
            return runs;
        }
        Map<Long, List<EtlRun.CoinTotals>> coins = new HashMap<>();
        named.query("""
                SELECT run_id, coin, per_mega, project_total, members_total, scale, credited_total
                FROM etl_run_coin_totals WHERE run_id IN (:ids) ORDER BY run_id, coin""", Map.of("ids", runs.stream().map(StoredEtlRun::id).toList()), row -> {
            coins.computeIfAbsent(row.getLong("run_id"), id -> new ArrayList<>())
                    .add(new EtlRun.CoinTotals(
                            Asset.valueOf(row.getString("coin")), row.getBigDecimal("per_mega"),
                            row.getBigDecimal("project_total"), row.getBigDecimal("members_total"),
                            row.getBigDecimal("scale"), row.getBigDecimal("credited_total")));
        });
        return runs.stream()
                .map(stored -> {
                    EtlRun run = stored.run();
                    List<EtlRun.CoinTotals> runCoins = coins.getOrDefault(run.id(), List.of()).stream()
                            .sorted(Comparator.comparing(EtlRun.CoinTotals::coin))
                            .toList();
                    return new StoredEtlRun(
                            new EtlRun(
                                    run.id(),
                                    run.date(),
                                    run.status(),
                                    run.totalMembers(),
                                    run.processedMembers(),
                                    runCoins,
                                    run.attempts(),
                                    run.lastError(),
                                    run.createdAt(),
                                    run.updatedAt(),
                                    run.completedAt(),
                                    run.allocationBasis()),
                            stored.prepared(),
                            stored.cursorMemberId(),
                            stored.leaseOwner(),
                            stored.leaseUntil());
                })
                .toList();
    }
}

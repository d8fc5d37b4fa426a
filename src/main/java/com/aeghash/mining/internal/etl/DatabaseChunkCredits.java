package com.aeghash.mining.internal.etl;

import com.aeghash.common.Amounts;
import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.SelectedCredits;
import com.aeghash.ledger.SqlSelect;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.mining.internal.MiningProperties.AllocationBasis;
import com.aeghash.mining.internal.etl.EtlChunkWriter.RunContext;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * A chunk's credits computed and written inside the database (the chunk's transaction holds them): allocated by one
 * {@code INSERT ... SELECT} from the ledger's holdings query into {@code mining_chunk_credits}
 * ({@link ChunkAllocationSql}), posted by the ledger from a query over them ({@link BulkPosting#postSelectedCredits}),
 * added to {@code mining_balances} by one insert of the missing rows and one {@code MERGE}, then read once for the
 * {@link com.aeghash.mining.MiningIncomeCredited} events and deleted. No holding and no posting line goes through the
 * client.
 */
final class DatabaseChunkCredits {

    /** What a chunk's allocation found: its members, whether a budget clamped one, its slices (first, last member). */
    record Allocated(int members, boolean clamped, List<Map.Entry<String, String>> slices) {}

    private static final String CHUNK = " WHERE run_id = ? AND chunk_no = ?";
    private static final String INSERT_MISSING_BALANCES = """
            INSERT INTO mining_balances (member_id, hash_power, updated_at)
            SELECT DISTINCT c.member_id, 0, CAST(? AS TIMESTAMP WITH TIME ZONE) FROM mining_chunk_credits c
            WHERE c.run_id = ? AND c.chunk_no = ?
            ON CONFLICT DO NOTHING""";
    private static final String ADD_BALANCES = "MERGE INTO mining_balances b USING (SELECT member_id,"
            + " MAX(hash_power) AS hash_power, "
            + Asset.coins().stream()
                    .map(coin ->
                            "SUM(CASE WHEN coin = '" + coin.name() + "' THEN amount ELSE 0 END) AS " + column(coin))
                    .collect(Collectors.joining(", "))
            + " FROM mining_chunk_credits" + CHUNK + " GROUP BY member_id) c"
            + " ON b.member_id = c.member_id WHEN MATCHED THEN UPDATE SET hash_power = c.hash_power, "
            + Asset.coins().stream()
                    .map(coin -> column(coin) + " = b." + column(coin) + " + c." + column(coin))
                    .collect(Collectors.joining(", "))
            + ", last_credited_date = CASE WHEN b.last_credited_date IS NULL OR b.last_credited_date < CAST(? AS DATE)"
            + " THEN CAST(? AS DATE) ELSE b.last_credited_date END, updated_at = ?";

    private final JdbcTemplate jdbc;
    private final BulkPosting ledger;
    /** PostgreSQL: tuned transaction settings, and a {@code DELETE} returns the rows it removed (H2: neither). */
    private volatile Boolean postgres;

    DatabaseChunkCredits(JdbcTemplate jdbc, BulkPosting ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /**
     * Allocates the members of {@code range} who held hash power during the run's date, within {@code remaining}: first
     * as if no budget ran out ({@link ChunkAllocationSql#insertUnclamped}); only when a coin's wanted amounts exceed
     * what is left of it are the rows written again with the clamp ({@link ChunkAllocationSql#insert}).
     */
    Allocated allocate(RunContext run, EtlChunkRange range, Map<Asset, BigDecimal> remaining) {
        tuneTransaction();
        SqlSelect holdings = ledger.membersHoldingDuringSelect(
                Asset.HASHPOWER,
                Bucket.AVAILABLE,
                HeldHashPower.startOf(run.date()),
                HeldHashPower.startOf(run.date().plusDays(1)),
                range.afterMember(),
                range.lastMember());
        List<Object> held = new ArrayList<>();
        if (run.basis() == AllocationBasis.TIME_WEIGHTED) {
            held.add(BigDecimal.valueOf(
                    HeldHashPower.startOf(run.date().plusDays(1)).getEpochSecond()
                            - HeldHashPower.startOf(run.date()).getEpochSecond()));
        }
        held.addAll(holdings.parameters());
        List<ProfitAllocation.CoinPlan> plans = run.plans();
        jdbc.update(ChunkAllocationSql.insertUnclamped(run.basis(), holdings.sql()), statement -> {
            int index = parameters(statement, 1, List.of(run.runId(), range.chunkNo()));
            index = coins(statement, index, plans);
            index = parameters(statement, index, held);
            coins(statement, index, plans);
        });
        if (exceedsABudget(run.runId(), range.chunkNo(), remaining)) {
            jdbc.update("DELETE FROM mining_chunk_credits" + CHUNK, run.runId(), range.chunkNo());
            jdbc.update(ChunkAllocationSql.insert(run.basis(), holdings.sql()), statement -> {
                int index = parameters(statement, 1, List.of(run.runId(), range.chunkNo()));
                index = parameters(statement, index, held);
                index = coins(statement, index, plans);
                statement.setArray(
                        index,
                        array(
                                statement,
                                "NUMERIC",
                                plans.stream().map(plan -> remaining.getOrDefault(plan.coin(), BigDecimal.ZERO))));
            });
        }
        // one pass over the chunk's rows: per slice in member order (and the members credited nothing: slice NULL)
        int[] members = {0};
        boolean[] clamped = {false};
        List<Map.Entry<String, String>> slices = new ArrayList<>();
        jdbc.query(
                "SELECT slice_first, MAX(slice_last) AS slice_last, COUNT(DISTINCT member_id) AS members,"
                        + " MAX(CASE WHEN amount < wanted THEN 1 ELSE 0 END) AS clamped FROM mining_chunk_credits"
                        + CHUNK + " GROUP BY slice_first ORDER BY slice_first",
                row -> {
                    members[0] += row.getInt("members");
                    clamped[0] |= row.getInt("clamped") == 1;
                    if (row.getString("slice_first") != null) {
                        slices.add(Map.entry(row.getString("slice_first"), row.getString("slice_last")));
                    }
                },
                run.runId(),
                range.chunkNo());
        return new Allocated(members[0], clamped[0], slices);
    }

    /** Whether the chunk's wanted amounts of a coin exceed what is left of its budget (a coin absent has none). */
    private boolean exceedsABudget(long runId, int chunkNo, Map<Asset, BigDecimal> remaining) {
        boolean[] exceeded = {false};
        jdbc.query(
                "SELECT coin, SUM(wanted) AS wanted FROM mining_chunk_credits" + CHUNK
                        + " AND coin IS NOT NULL GROUP BY coin",
                row -> {
                    BigDecimal budget = remaining.getOrDefault(Asset.valueOf(row.getString("coin")), BigDecimal.ZERO);
                    exceeded[0] |= row.getBigDecimal("wanted").compareTo(budget) > 0;
                },
                runId,
                chunkNo);
        return exceeded[0];
    }

    private static int parameters(PreparedStatement statement, int first, List<Object> values) throws SQLException {
        int index = first;
        for (Object value : values) {
            StatementCreatorUtils.setParameterValue(statement, index++, SqlTypeValue.TYPE_UNKNOWN, value);
        }
        return index;
    }

    /** The coins, their per-mega rates and scales as three arrays from {@code first}; the next index. */
    private static int coins(PreparedStatement statement, int first, List<ProfitAllocation.CoinPlan> plans)
            throws SQLException {
        statement.setArray(
                first,
                array(
                        statement,
                        "VARCHAR",
                        plans.stream().map(plan -> plan.coin().name())));
        statement.setArray(
                first + 1, array(statement, "NUMERIC", plans.stream().map(ProfitAllocation.CoinPlan::perMega)));
        statement.setArray(
                first + 2, array(statement, "NUMERIC", plans.stream().map(ProfitAllocation.CoinPlan::scale)));
        return first + 3;
    }

    /**
     * Posts one journal entry per slice (reference {@code mining-profit:{date}:{first}..{last}}); the members of a slice
     * whose entry was a replay are credited nothing by this chunk. Returns how many entries were new.
     */
    int post(RunContext run, int chunkNo, List<Map.Entry<String, String>> slices) {
        if (slices.isEmpty()) {
            return 0;
        }
        String prefix = EtlChunkWriter.REFERENCE_PREFIX + run.date() + ":";
        List<String> references = slices.stream()
                .map(slice -> prefix + slice.getKey() + ".." + slice.getValue())
                .toList();
        SqlSelect lines = new SqlSelect(
                "SELECT CONCAT(CAST(? AS VARCHAR(200)), c.slice_first, '..', c.slice_last) AS reference, c.member_id,"
                        + " c.coin AS asset, c.amount FROM mining_chunk_credits c"
                        + " WHERE c.run_id = ? AND c.chunk_no = ? AND c.amount > 0",
                List.of(prefix, run.runId(), chunkNo));
        Set<String> posted = ledger.postSelectedCredits(new SelectedCredits(
                references, "coins mined on " + run.date(), Bucket.AVAILABLE, SystemAccount.MINING_INCOME, lines));
        for (int index = 0; index < slices.size(); index++) {
            if (!posted.contains(references.get(index))) {
                jdbc.update(
                        "UPDATE mining_chunk_credits SET amount = 0" + CHUNK + " AND slice_first = ?",
                        run.runId(),
                        chunkNo,
                        slices.get(index).getKey());
            }
        }
        return posted.size();
    }

    /** Adds the chunk's credits to {@code mining_balances} (every member of the chunk: hash power and date too). */
    void recordBalances(RunContext run, int chunkNo, int members, Instant now) {
        jdbc.update(INSERT_MISSING_BALANCES, SqlTimes.utc(now), run.runId(), chunkNo);
        int updated = jdbc.update(ADD_BALANCES, run.runId(), chunkNo, run.date(), run.date(), SqlTimes.utc(now));
        if (updated != members) {
            throw new IllegalStateException("mining_balances rows missing after insert");
        }
    }

    /**
     * The positive credits of the chunk by member (for the events) as the chunk's rows are deleted: on PostgreSQL one
     * {@code DELETE ... RETURNING}, elsewhere a read and a delete.
     */
    Map<String, Map<Asset, BigDecimal>> creditedAndClear(long runId, int chunkNo) {
        Map<String, Map<Asset, BigDecimal>> credits = new TreeMap<>();
        RowCallbackHandler credited = row -> {
            BigDecimal amount = row.getBigDecimal("amount");
            if (amount.signum() > 0) {
                credits.computeIfAbsent(row.getString("member_id"), member -> new EnumMap<>(Asset.class))
                        .put(Asset.valueOf(row.getString("coin")), Amounts.floor8(amount));
            }
        };
        if (postgres()) {
            jdbc.query(
                    "DELETE FROM mining_chunk_credits" + CHUNK + " RETURNING member_id, coin, amount",
                    credited,
                    runId,
                    chunkNo);
            return credits;
        }
        jdbc.query(
                "SELECT member_id, coin, amount FROM mining_chunk_credits" + CHUNK + " AND amount > 0",
                credited,
                runId,
                chunkNo);
        jdbc.update("DELETE FROM mining_chunk_credits" + CHUNK, runId, chunkNo);
        return credits;
    }

    /**
     * PostgreSQL, for the chunk's transaction only ({@code set_config(..., true)}): no JIT compilation, and sorts of the
     * chunk's rows in memory. The planner estimates the range of the holdings query at every member's account (cost
     * ~2M for 5,000 rows), so the allocation statement was JIT-compiled on every chunk: 1.3-1.6 s of compilation for a
     * statement that runs in 0.5 s. Its window sorts and the ledger's staging sort 40,000 rows (2-3 MB each on disk),
     * which spilled to disk with the default {@code work_mem} of 4 MB.
     */
    private void tuneTransaction() {
        if (postgres()) {
            jdbc.queryForObject(
                    "SELECT set_config('jit', 'off', true) || set_config('work_mem', '32MB', true)", String.class);
        }
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>)
                    connection -> connection.getMetaData().getDatabaseProductName()));
        }
        return postgres;
    }

    private static Array array(PreparedStatement statement, String type, Stream<?> values) throws SQLException {
        return statement.getConnection().createArrayOf(type, values.toArray());
    }

    private static String column(Asset coin) {
        return "mined_" + coin.name().toLowerCase(Locale.ROOT);
    }
}

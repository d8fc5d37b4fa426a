package com.aeghash.mining.bench;

import com.aeghash.mining.EtlRun;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.internal.etl.EtlChunkListener;
import com.aeghash.mining.support.ApplicationEtls;
import com.aeghash.testsupport.PostgresIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark of the daily mining ETL on PostgreSQL (not a test: its name matches no surefire include nor the
 * {@code *Etl*,*Mining*} patterns of targeted runs, so only {@code bench/mining-etl/run.sh} runs it); it prints timings only.
 * Members with hash power are seeded set-based (generate_series) in a fresh schema; a first date creates the coin
 * accounts, then two dates in steady state run on 1 and on 2 workers, then the floor writes the same rows of a third
 * date by plain SQL ({@link DailyRunFloor}). The last line is {@code 2 workers / 1 worker <ratio>}.
 */
@PostgresIntegrationTest
class DailyRunBenchmark {

    private static final int MEMBERS = Integer.getInteger("bench.members", 100_000);
    private static final int CHUNK = Integer.getInteger("bench.chunk", 5_000);
    private static final long SEED_BASE_ID = 1_000_000_000_000L;
    /** Members of the budget (1M in < 60 s) and workers of the database it is extrapolated to (4 cores). */
    private static final int BUDGET_MEMBERS = 1_000_000;

    private static final int BUDGET_WORKERS = 4;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private Clock clock;

    @Test
    void dailyRunOfManyMembers() {
        LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        long seedStart = System.nanoTime();
        seed(yesterday);
        print("seeded %,d members with hash power in %.1f s", MEMBERS, seconds(seedStart));

        timedRun(etl(2), yesterday.minusDays(2), "first run, 2 workers (creates every member's 8 coin accounts)");
        double oneWorker = timedRun(etl(1), yesterday.minusDays(1), "1 worker (steady state)");
        double twoWorkers = timedRun(etl(2), yesterday, "2 workers (steady state)");
        long rerunStart = System.nanoTime();
        etl(2).run(yesterday);
        print("re-run of a completed date: %.3f s", seconds(rerunStart));
        double floor = new DailyRunFloor(jdbc, context, MEMBERS, CHUNK).run(yesterday);
        print(
                "floor (the same rows of a date by plain SQL, INSERT ... SELECT and UPDATE, one transaction per chunk):"
                        + " %.1f s, %,.0f members/s",
                MEMBERS / floor, floor);
        print("ledger postings: %,d", jdbc.queryForObject("SELECT COUNT(*) FROM ledger_postings", Long.class));
        print("1 worker / floor %.2f", oneWorker / floor);
        double ratio = twoWorkers / oneWorker;
        double extrapolated = oneWorker * (1 + (BUDGET_WORKERS - 1) * (ratio - 1));
        print(
                "%,d members on %d workers (a %d-core database), extrapolated linearly from the measured 1 -> 2 worker"
                        + " gain, not measured: %.0f s",
                BUDGET_MEMBERS, BUDGET_WORKERS, BUDGET_WORKERS, BUDGET_MEMBERS / extrapolated);
        print("2 workers / 1 worker %.2f", ratio);
    }

    private DailyProfitEtl etl(int workers) {
        return ApplicationEtls.of(
                context,
                new MiningProperties.Etl(CHUNK, Duration.ofMinutes(5), 2).withWorkers(workers),
                EtlChunkListener.NONE);
    }

    /** Runs the date and prints its line; the members per second. */
    private double timedRun(DailyProfitEtl etl, LocalDate date, String label) {
        long start = System.nanoTime();
        EtlRun run = etl.run(date);
        double elapsed = seconds(start);
        double rate = run.processedMembers() / elapsed;
        print(
                "%s: %,d of %,d members, %s, %.1f s, %,.0f members/s (chunk %,d)",
                label, run.processedMembers(), run.totalMembers(), run.status().wireName(), elapsed, rate, CHUNK);
        return rate;
    }

    /**
     * Hash power for MEMBERS members (1-1000 MH/s each, posted five days before {@code yesterday}, so every date's run
     * sees it held all day), plus a purchase at noon of each of the three dates run for every tenth member, as
     * balanced entries, all set-based.
     */
    private void seed(LocalDate yesterday) {
        jdbc.update("""
                INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at)
                VALUES (?, 'SYSTEM', 'hashpower_issuance', 'HASHPOWER', 'SYSTEM', NULL, now())
                ON CONFLICT DO NOTHING""", SEED_BASE_ID * 2);
        long issuance = jdbc.queryForObject("""
                SELECT id FROM ledger_accounts WHERE owner_type = 'SYSTEM' AND owner_id = 'hashpower_issuance'
                  AND asset = 'HASHPOWER'""", Long.class);
        jdbc.update("""
                INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, posting_count, updated_at)
                SELECT ? + g, 'MEMBER', 'bench-' || lpad(g::text, 8, '0'), 'HASHPOWER', 'AVAILABLE',
                       g % 1000 + 1 + CASE WHEN g % 10 = 0 THEN 3 ELSE 0 END, CASE WHEN g % 10 = 0 THEN 4 ELSE 1 END,
                       now()
                FROM generate_series(1, ?) g""", SEED_BASE_ID, MEMBERS);
        jdbc.update("""
                INSERT INTO ledger_entries (id, reference, description, created_at)
                SELECT ? + g, 'bench-hash-power:' || g, 'benchmark seed', now() FROM generate_series(1, ?) g""", SEED_BASE_ID * 3, MEMBERS);
        jdbc.update("""
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at, account_seq, balance_after)
                SELECT ? + 2 * g, ? + g, ? + g, 'HASHPOWER', g % 1000 + 1, now() - interval '5 days', 1, g % 1000 + 1
                FROM generate_series(1, ?) g""", SEED_BASE_ID * 4, SEED_BASE_ID * 3, SEED_BASE_ID, MEMBERS);
        jdbc.update("""
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at)
                SELECT ? + 2 * g + 1, ? + g, ?, 'HASHPOWER', -(g % 1000 + 1), now() - interval '5 days'
                FROM generate_series(1, ?) g""", SEED_BASE_ID * 4, SEED_BASE_ID * 3, issuance, MEMBERS);
        for (int daysBack = 2; daysBack >= 0; daysBack--) {
            seedPurchasesAtNoon(issuance, yesterday.minusDays(daysBack), 3 - daysBack);
        }
        jdbc.execute("ANALYZE");
    }

    /**
     * Every tenth member buys 1 MH/s at 12:00 UTC of {@code date} (its account's {@code seq}-th purchase, its posting
     * number {@code seq + 1}), so each date's run reads postings inside its day as well as the balances at its start.
     */
    private void seedPurchasesAtNoon(long issuance, LocalDate date, int seq) {
        String noon = "CAST('" + date + " 12:00:00+00' AS TIMESTAMP WITH TIME ZONE)";
        long entries = SEED_BASE_ID * (5 + 2L * seq);
        long postings = SEED_BASE_ID * (6 + 2L * seq);
        jdbc.update("""
                INSERT INTO ledger_entries (id, reference, description, created_at)
                SELECT ? + g, 'bench-hash-power-noon:' || ? || ':' || g, 'benchmark purchase', now()
                FROM generate_series(10, ?, 10) g""", entries, seq, MEMBERS);
        jdbc.update("""
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at, account_seq, balance_after)
                SELECT ? + 2 * g, ? + g, ? + g, 'HASHPOWER', 1, NOON, ? + 1, g % 1000 + 1 + ?
                FROM generate_series(10, ?, 10) g""".replace("NOON", noon), postings, entries, SEED_BASE_ID, seq, seq, MEMBERS);
        jdbc.update("""
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at)
                SELECT ? + 2 * g + 1, ? + g, ?, 'HASHPOWER', -1, NOON
                FROM generate_series(10, ?, 10) g""".replace("NOON", noon), postings, entries, issuance, MEMBERS);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void print(String format, Object... values) {
        System.out.println("[mining-etl bench] " + String.format(format, values));
    }
}

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
 * {@code Mining*} pattern of targeted runs, so only {@code bench/mining-etl/run.sh} runs it); it prints timings only.
 * Members with hash power are seeded set-based (generate_series) in a fresh schema, then one date is run.
 */
@PostgresIntegrationTest
class DailyEtlBenchmark {

    private static final int MEMBERS = Integer.getInteger("bench.members", 100_000);
    private static final int CHUNK = Integer.getInteger("bench.chunk", 5_000);
    private static final long SEED_BASE_ID = 1_000_000_000_000L;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private Clock clock;

    @Test
    void dailyRunOfManyMembers() {
        long seedStart = System.nanoTime();
        seed();
        print("seeded %,d members with hash power in %.1f s", MEMBERS, seconds(seedStart));
        DailyProfitEtl etl = ApplicationEtls.of(
                context, new MiningProperties.Etl(CHUNK, Duration.ofMinutes(5), 2), EtlChunkListener.NONE);
        LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);

        timedRun(etl, yesterday.minusDays(1), "first run (creates every member's 8 coin accounts)");
        timedRun(etl, yesterday, "second date (steady state: accounts exist)");
        long rerunStart = System.nanoTime();
        etl.run(yesterday);
        print("re-run of a completed date: %.3f s", seconds(rerunStart));
        print("ledger postings: %,d", jdbc.queryForObject("SELECT COUNT(*) FROM ledger_postings", Long.class));
    }

    private void timedRun(DailyProfitEtl etl, LocalDate date, String label) {
        long start = System.nanoTime();
        EtlRun run = etl.run(date);
        double elapsed = seconds(start);
        print(
                "%s: %,d of %,d members, %s, %.1f s, %,.0f members/s (chunk %,d)",
                label,
                run.processedMembers(),
                run.totalMembers(),
                run.status().wireName(),
                elapsed,
                run.processedMembers() / elapsed,
                CHUNK);
    }

    /**
     * Hash power for MEMBERS members (1-1000 MH/s each, posted three days ago, so both dates' runs see it held all
     * day), plus a purchase at noon yesterday for every tenth member, as balanced entries, all set-based.
     */
    private void seed() {
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
                       g % 1000 + 1 + CASE WHEN g % 10 = 0 THEN 1 ELSE 0 END, CASE WHEN g % 10 = 0 THEN 2 ELSE 1 END, now()
                FROM generate_series(1, ?) g""", SEED_BASE_ID, MEMBERS);
        jdbc.update("""
                INSERT INTO ledger_entries (id, reference, description, created_at)
                SELECT ? + g, 'bench-hash-power:' || g, 'benchmark seed', now() FROM generate_series(1, ?) g""", SEED_BASE_ID * 3, MEMBERS);
        jdbc.update("""
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at, account_seq, balance_after)
                SELECT ? + 2 * g, ? + g, ? + g, 'HASHPOWER', g % 1000 + 1, now() - interval '3 days', 1, g % 1000 + 1
                FROM generate_series(1, ?) g""", SEED_BASE_ID * 4, SEED_BASE_ID * 3, SEED_BASE_ID, MEMBERS);
        jdbc.update("""
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at)
                SELECT ? + 2 * g + 1, ? + g, ?, 'HASHPOWER', -(g % 1000 + 1), now() - interval '3 days' FROM generate_series(1, ?) g""", SEED_BASE_ID * 4, SEED_BASE_ID * 3, issuance, MEMBERS);
        seedPurchasesOfYesterday(issuance);
        jdbc.execute("ANALYZE");
    }

    /**
     * Every tenth member buys 1 MH/s at 12:00 UTC yesterday (its account's second posting), so the second date's run
     * reads postings inside its day as well as the balances at its start.
     */
    private void seedPurchasesOfYesterday(long issuance) {
        String noonYesterday = "date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - interval '12 hours'";
        jdbc.update("""
                INSERT INTO ledger_entries (id, reference, description, created_at)
                SELECT ? + g, 'bench-hash-power-noon:' || g, 'benchmark purchase', now()
                FROM generate_series(10, ?, 10) g""", SEED_BASE_ID * 5, MEMBERS);
        jdbc.update("""
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at, account_seq, balance_after)
                SELECT ? + 2 * g, ? + g, ? + g, 'HASHPOWER', 1, NOON, 2, g % 1000 + 2
                FROM generate_series(10, ?, 10) g""".replace("NOON", noonYesterday), SEED_BASE_ID * 6, SEED_BASE_ID * 5, SEED_BASE_ID, MEMBERS);
        jdbc.update("""
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at)
                SELECT ? + 2 * g + 1, ? + g, ?, 'HASHPOWER', -1, NOON
                FROM generate_series(10, ?, 10) g""".replace("NOON", noonYesterday), SEED_BASE_ID * 6, SEED_BASE_ID * 5, issuance, MEMBERS);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void print(String format, Object... values) {
        System.out.println("[mining-etl bench] " + String.format(format, values));
    }
}

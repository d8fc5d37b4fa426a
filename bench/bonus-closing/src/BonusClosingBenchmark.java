package com.aeghash.bonus.internal;

import com.aeghash.AeghashApplication;
import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.PostgresTestDatabase;
import com.aeghash.testsupport.TestSecrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closes N pending bonus entries on PostgreSQL through the real application (its BonusClosingService, ledger
 * and chunked transactions). The entries are bulk-inserted with set-based SQL: 30 per order, spread over M
 * beneficiaries, 1 % of the orders refunded, and each beneficiary's ledger PENDING balance set to the sum of
 * its entries. Prints the time of the closing and entries per second.
 */
public final class BonusClosingBenchmark {

    public static void main(String[] arguments) {
        int entries = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 1_000_000;
        int beneficiaries = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 100_000;
        int workers = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 1;
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(AeghashApplication.class)
                .run(
                        "--spring.datasource.url=" + PostgresTestDatabase.createSchemaUrl(),
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                        "--server.port=0",
                        "--aeghash.scheduling.enabled=false",
                        "--aeghash.security.generate-admin-password=false",
                        "--aeghash.security.admin-password=" + TestSecrets.ADMIN_PASSWORD,
                        "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            long loadStart = System.nanoTime();
            load(jdbc, entries, beneficiaries);
            System.out.printf(
                    Locale.ROOT,
                    "%d pending entries for %d beneficiaries loaded in %.1f s%n",
                    entries,
                    beneficiaries,
                    (System.nanoTime() - loadStart) / 1e9);
            BonusClosingService closings = application
                    .getBean(BonusClosingService.class)
                    .with(
                            application
                                    .getBean(BonusProperties.class)
                                    .closing()
                                    .withWorkers(workers, Duration.ofMinutes(2)),
                            Clock.systemUTC(),
                            ClosingChunkListener.NONE);
            long start = System.nanoTime();
            ClosingRun run = closings.close(Instant.now(), "bench");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "closing %d on %d workers: %d entries (%d confirmed, %d cancelled) in %d chunks, %.1f s, "
                            + "%.0f entries/s%n",
                    run.id(),
                    workers,
                    run.processedEntries(),
                    run.confirmedEntries(),
                    run.cancelledEntries(),
                    run.chunks(),
                    seconds,
                    run.processedEntries() / seconds);
            System.out.printf(
                    Locale.ROOT,
                    "global share: pool %s over %d qualifiers, %s paid, remainder %s%n",
                    run.globalShare().globalSharePool(),
                    run.globalShare().globalShareQualifiers(),
                    run.globalShare().globalShareAmount(),
                    run.globalShare().globalShareRemainder());
            System.out.printf(
                    Locale.ROOT,
                    "of which the global share (start to completion): %.1f s%n",
                    jdbc.queryForObject("""
                            SELECT EXTRACT(EPOCH FROM (completed_at - created_at)) FROM bonus_global_shares
                            WHERE closing_id = ?""", Double.class, run.id()));
            System.out.printf(
                    Locale.ROOT,
                    "ledger invariant violations after the closing: %d%n",
                    application
                            .getBean(Ledger.class)
                            .checkInvariants()
                            .violations()
                            .size());
        }
    }

    private static void load(JdbcTemplate jdbc, int entries, int beneficiaries) {
        int orders = (entries + 29) / 30;
        jdbc.update("""
                INSERT INTO bonus_orders (order_reference, buyer_member_id, pv_amount, paid_at, refunded_at,
                    entry_count, bonus_total, distributed_at)
                SELECT 'bench:' || o, 'buyer', 100, now() - interval '10 days',
                       CASE WHEN mod(o, 100) = 0 THEN now() - interval '9 days' END, 30, 30, now()
                FROM generate_series(1, ?) o""", orders);
        jdbc.update("""
                INSERT INTO bonus_entries (order_reference, bonus_type, tree_level, beneficiary_member_id,
                    source_member_id, pv_amount, percentage, amount, status, created_at)
                SELECT 'bench:' || o, 'SPONSOR', l, 'm' || mod(o * 31 + l * 7919, ?), 'buyer', 100, 1, 1, 'PENDING',
                       now()
                FROM generate_series(1, ?) o CROSS JOIN generate_series(1, 30) l""", beneficiaries, orders);
        jdbc.update("""
                INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at)
                SELECT row_number() OVER (ORDER BY beneficiary_member_id), 'MEMBER', beneficiary_member_id, 'POINT',
                       'PENDING', SUM(amount), now()
                FROM bonus_entries GROUP BY beneficiary_member_id""");
        seedPostings(jdbc);
        seedRanks(jdbc, beneficiaries);
        jdbc.execute("SELECT setval('ledger_id_blocks', 10000)");
        jdbc.execute("ANALYZE bonus_orders");
        jdbc.execute("ANALYZE bonus_entries");
        jdbc.execute("ANALYZE ledger_accounts");
        jdbc.execute("ANALYZE member_ranks");
        jdbc.execute("ANALYZE member_rank_history");
    }

    /**
     * Every beneficiary ranked, one in five D2 or higher (the global share's qualifiers), each rank reached 20 days ago
     * by one history row, so the qualifier query reads the ranks and their history as in production.
     */
    private static void seedRanks(JdbcTemplate jdbc, int beneficiaries) {
        jdbc.update("""
                INSERT INTO member_ranks (member_id, referrer_id, depth, rank_level, highest_level, rank_since,
                    updated_at)
                SELECT 'm' || i, NULL, 0, CASE WHEN mod(i, 5) = 0 THEN 3 + mod(i, 4) ELSE mod(i, 3) END,
                       CASE WHEN mod(i, 5) = 0 THEN 3 + mod(i, 4) ELSE mod(i, 3) END, now() - interval '20 days', now()
                FROM generate_series(0, ? - 1) i""", beneficiaries);
        jdbc.update("""
                INSERT INTO member_rank_history (member_id, from_rank, to_rank, cause, cause_reference, changed_at)
                SELECT member_id, 'FREE', CASE rank_level WHEN 1 THEN 'D0' WHEN 2 THEN 'D1' WHEN 3 THEN 'D2'
                    WHEN 4 THEN 'D3' WHEN 5 THEN 'D4' ELSE 'D5' END, 'RECOMPUTATION', 'bench', now() - interval '20 days'
                FROM member_ranks WHERE rank_level > 0""");
    }

    /**
     * One balanced entry per beneficiary (its PENDING balance from {@code bonus_expense}), so the seeded
     * balances equal their postings and the ledger invariants hold before and after the closing.
     */
    private static void seedPostings(JdbcTemplate jdbc) {
        long members = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_accounts", Long.class);
        jdbc.update("""
                INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at)
                VALUES (?, 'SYSTEM', 'bonus_expense', 'POINT', 'SYSTEM', NULL, now())""", members + 1);
        jdbc.update("""
                INSERT INTO ledger_entries (id, reference, description, created_at)
                SELECT id, 'bench-bonus-seed:' || id, 'benchmark seed', now() FROM ledger_accounts
                WHERE owner_type = 'MEMBER'""");
        jdbc.update("""
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at, account_seq, balance_after)
                SELECT 2 * id, id, id, 'POINT', balance, now(), 1, balance FROM ledger_accounts WHERE owner_type = 'MEMBER'""");
        jdbc.update("UPDATE ledger_accounts SET posting_count = 1 WHERE owner_type = 'MEMBER'");
        jdbc.update("""
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at)
                SELECT 2 * id + 1, id, ?, 'POINT', -balance, now() FROM ledger_accounts WHERE owner_type = 'MEMBER'""", members + 1);
    }
}

package com.aeghash.rank.internal;

import com.aeghash.audit.internal.BenchAuditLog;
import com.aeghash.rank.RankRecomputation;
import com.aeghash.testsupport.BenchDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full rank recomputation over N members (default 1M) on PostgreSQL: a fresh schema, a random referral tree
 * (seeded; each member referred by a uniformly random earlier one, so about 2·ln N levels deep) and paid orders
 * for 30 % of the members (a tenth of them refunded), loaded set-based; then the real {@link FullRecomputation}
 * twice: from every member FREE (most ranks change, a history row and an audit entry each, written by the
 * application's audit trail) and again (nothing changes). Budget: each
 * run under 60 s at 1M members.
 */
public final class RankRecomputationBenchmark {

    public static void main(String[] arguments) {
        int members = arguments.length == 0 ? 1_000_000 : Integer.parseInt(arguments[0]);
        try (HikariDataSource pool = BenchDatabase.migratedPool(3)) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            long loadStart = System.nanoTime();
            load(jdbc, members);
            System.out.printf(
                    Locale.ROOT, "%d members and their orders loaded in %.1f s%n", members, seconds(loadStart));
            FullRecomputation recomputation = recomputation(jdbc, pool);
            phases(jdbc, pool);
            time("from every member FREE", recomputation);
            time("again, nothing to change", recomputation);
            jdbc.queryForList("""
                    SELECT rank_level, COUNT(*) AS members FROM member_ranks GROUP BY rank_level ORDER BY rank_level""")
                    .forEach(row -> System.out.printf(
                            Locale.ROOT, "  level %s: %s members%n", row.get("rank_level"), row.get("members")));
        }
    }

    private static void time(String label, FullRecomputation recomputation) {
        long start = System.nanoTime();
        RankRecomputation run = recomputation.runNow("bench");
        System.out.printf(
                Locale.ROOT,
                "recomputation %s: %.1f s (%s, %d members, %d levels, %d changed)%n",
                label,
                seconds(start),
                run.state(),
                run.totalMembers(),
                run.totalLevels(),
                run.changedMembers());
        if (!"COMPLETED".equals(run.state())) {
            throw new IllegalStateException("recomputation failed: " + run.error());
        }
    }

    /** The statements of one more run, timed one by one (the same work as a run, outside a run row). */
    private static void phases(JdbcTemplate jdbc, HikariDataSource pool) {
        RecomputationSql sql =
                new RecomputationSql(JdbcClient.create(jdbc), RankProperties.defaults(), new RankGate(jdbc));
        new TransactionTemplate(new DataSourceTransactionManager(pool)).executeWithoutResult(status -> {
            long start = System.nanoTime();
            sql.prepare(Instant.now());
            System.out.printf(Locale.ROOT, "  prepare: %.2f s%n", seconds(start));
            int deepest = sql.deepestLevel();
            long levels = System.nanoTime();
            for (int depth = deepest; depth >= 0; depth--) {
                long level = System.nanoTime();
                sql.rankLevel(depth);
                if (depth % 5 == 0) {
                    System.out.printf(Locale.ROOT, "  level %d: %.2f s%n", depth, seconds(level));
                }
            }
            System.out.printf(Locale.ROOT, "  all levels: %.2f s%n", seconds(levels));
            long audit = System.nanoTime();
            long audited = BenchAuditLog.over(jdbc).bulk().recordRows("bench", "rank.changed", sql.changesToAudit(0));
            System.out.printf(
                    Locale.ROOT, "  audit: %.2f s (%d entries, one INSERT … SELECT)%n", seconds(audit), audited);
            long apply = System.nanoTime();
            sql.apply(0, Instant.now());
            System.out.printf(Locale.ROOT, "  apply: %.2f s%n", seconds(apply));
            status.setRollbackOnly();
        });
    }

    private static void load(JdbcTemplate jdbc, int members) {
        jdbc.execute("SELECT setseed(0.42)");
        jdbc.execute("CREATE TEMPORARY TABLE bench_referrals AS SELECT k, CASE WHEN k = 1 THEN NULL "
                + "ELSE 1 + floor(random() * (k - 1))::int END AS r FROM generate_series(1, " + members + ") k");
        jdbc.execute("CREATE INDEX ON bench_referrals (r)");
        jdbc.execute("ANALYZE bench_referrals");
        jdbc.execute("""
                CREATE TEMPORARY TABLE bench_depths AS
                WITH RECURSIVE tree (k, depth) AS (
                    SELECT k, 0 FROM bench_referrals WHERE r IS NULL
                    UNION ALL
                    SELECT c.k, t.depth + 1 FROM bench_referrals c JOIN tree t ON c.r = t.k)
                SELECT b.k, b.r, t.depth FROM bench_referrals b JOIN tree t ON t.k = b.k""");
        jdbc.update("""
                INSERT INTO organization_members (member_id, referral_code, registered_at, registered_by)
                SELECT 'm' || k, 'x' || k, now(), 'bench' FROM bench_depths""");
        jdbc.update("INSERT INTO organization_root (singleton, member_id) VALUES (1, 'm1')");
        // the path is not read by the recomputation: each member's own id stands in for it here
        jdbc.update("""
                INSERT INTO organization_unilevel_nodes (member_id, referrer_member_id, depth, path)
                SELECT 'm' || k, CASE WHEN r IS NULL THEN NULL ELSE 'm' || r END, depth, 'm' || k
                FROM bench_depths ORDER BY depth""");
        jdbc.update("""
                INSERT INTO partner_orders (partner_id, order_id, member_id, total_amount, pv_amount, channel, status,
                    bonus_entries, bonus_total, paid_at, refunded_at, updated_at)
                SELECT 'bench', 'o' || k, 'm' || k, 50 + floor(random() * 300), 100, 'bench',
                       CASE WHEN refunded THEN 'REFUNDED' ELSE 'PAID' END, 0, 0, now(),
                       CASE WHEN refunded THEN now() END, now()
                FROM (SELECT k, random() < 0.1 AS refunded FROM generate_series(1, ?) k WHERE random() < 0.3) o""", members);
        jdbc.execute("ANALYZE");
    }

    private static FullRecomputation recomputation(JdbcTemplate jdbc, HikariDataSource pool) {
        JdbcClient client = JdbcClient.create(jdbc);
        RankGate gate = new RankGate(jdbc);
        BenchAuditLog audit = BenchAuditLog.over(jdbc);
        return new FullRecomputation(
                new RecomputationSql(client, RankProperties.defaults(), gate),
                new JdbcRecomputationRepository(client),
                gate,
                audit.log(),
                audit.bulk(),
                Clock.systemUTC(),
                new DataSourceTransactionManager(pool));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

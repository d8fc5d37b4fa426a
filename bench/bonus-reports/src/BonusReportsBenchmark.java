package com.aeghash.bonus.internal;

import com.aeghash.AeghashApplication;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.ClosingPreview;
import com.aeghash.bonus.ClosingReport;
import com.aeghash.testsupport.PostgresTestDatabase;
import com.aeghash.testsupport.TestSecrets;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The preview, the closing and the settlement report of N pending entries on PostgreSQL, through the real
 * application: the data of {@code bench/bonus-closing} (30 entries per order over M beneficiaries, 1 % of the orders
 * refunded), with levels 1-10 as REFERRAL and 11-30 as SPONSOR. Prints the seconds of the preview, of the closing
 * (with or without the report's index {@code bonus_entries_by_closing}, to see what the index costs the closing), of
 * the report's first page, of a page deep in it and of the whole CSV.
 */
public final class BonusReportsBenchmark {

    public static void main(String[] arguments) throws IOException {
        int entries = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 1_000_000;
        int beneficiaries = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 100_000;
        boolean withIndex = arguments.length < 3 || !arguments[2].equals("without-index");
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
            if (!withIndex) {
                jdbc.execute("DROP INDEX bonus_entries_by_closing");
            }
            load(jdbc, entries, beneficiaries);
            BonusReports reports = application.getBean(BonusReports.class);
            Instant cutoff = Instant.now();
            ClosingPreview preview = timed("preview (top 20)", () -> reports.preview(cutoff, 20));
            System.out.printf(Locale.ROOT, "  preview: %d members, totals %s%n", preview.members(), preview.totals());
            ClosingRun run = timed(
                    "closing " + (withIndex ? "with" : "without") + " the report's index",
                    () -> application.getBean(BonusClosingService.class).close(cutoff, "bench"));
            System.out.printf(
                    Locale.ROOT,
                    "  closing: %d confirmed, %d cancelled in %d chunks%n",
                    run.confirmedEntries(),
                    run.cancelledEntries(),
                    run.chunks());
            ClosingReport first =
                    timed("report, first page (totals + 100 lines)", () -> reports.report(run.id(), null, 100));
            String deep = new ClosingReportCursor("m5", "REFERRAL").encode(run.id());
            timed("report, a page after member m5 (100 lines)", () -> reports.report(run.id(), deep, 100));
            CountingStream csv = new CountingStream();
            long start = System.nanoTime();
            reports.writeReportCsv(run.id(), csv);
            System.out.printf(
                    Locale.ROOT,
                    "report as CSV: %d lines, %.1f MB in %.2f s%n",
                    csv.lines,
                    csv.bytes / 1e6,
                    (System.nanoTime() - start) / 1e9);
            System.out.printf(Locale.ROOT, "  totals per type on the first page: %s%n", first.totals());
        }
    }

    private static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf(Locale.ROOT, "%s: %.2f s%n", what, (System.nanoTime() - start) / 1e9);
        return result;
    }

    /** As {@code BonusClosingBenchmark.load}, with two bonus types. */
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
                SELECT 'bench:' || o, CASE WHEN l <= 10 THEN 'REFERRAL' ELSE 'SPONSOR' END, l,
                       'm' || mod(o * 31 + l * 7919, ?), 'buyer', 100, 1, 1, 'PENDING', now()
                FROM generate_series(1, ?) o CROSS JOIN generate_series(1, 30) l""", beneficiaries, orders);
        jdbc.update("""
                INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at)
                SELECT row_number() OVER (ORDER BY beneficiary_member_id), 'MEMBER', beneficiary_member_id, 'POINT',
                       'PENDING', SUM(amount), now()
                FROM bonus_entries GROUP BY beneficiary_member_id""");
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
        jdbc.execute("SELECT setval('ledger_id_blocks', 10000)");
        jdbc.execute("ANALYZE bonus_orders");
        jdbc.execute("ANALYZE bonus_entries");
        jdbc.execute("ANALYZE ledger_accounts");
    }

    /** Counts what the CSV writer writes, and its lines. */
    private static final class CountingStream extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int value) {
            bytes++;
            if (value == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
            for (int index = offset; index < offset + length; index++) {
                if (buffer[index] == '\n') {
                    lines++;
                }
            }
        }
    }
}

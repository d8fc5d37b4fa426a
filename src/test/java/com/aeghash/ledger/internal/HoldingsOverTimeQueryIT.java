package com.aeghash.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.HoldingOverTime;
import com.aeghash.ledger.SqlSelect;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link HoldingsOverTimeQuery} takes the balance at the window's start from the cached balance less what was posted
 * since, and reads the window's postings only for the accounts with postings since: the same figures, to the last
 * digit, as the statement it replaced (kept here as the reference: the {@code balance_after} of the last posting before
 * the window, one backward step per account) on H2 and PostgreSQL, over random histories with postings before, inside,
 * exactly at both ends of and after the day, members created mid-day and members who only buy later; and the same
 * figures again after more postings once the day is over (a re-run of the day).
 */
class HoldingsOverTimeQueryIT {

    private static final Instant DAY = Instant.parse("2026-06-10T00:00:00Z");
    private static final Instant NEXT_DAY = DAY.plus(Duration.ofDays(1));
    private static final int MEMBERS = 90;

    /** The statement before the change: the balance at the start from the last posting before the window. */
    private static final String REFERENCE = """
            SELECT owner_id, at_start, moved FROM (
                SELECT a.owner_id,
                       COALESCE((SELECT p.balance_after FROM ledger_postings p
                                 WHERE p.account_id = a.id AND p.posted_at < ?
                                 ORDER BY p.posted_at DESC, p.account_seq DESC LIMIT 1), 0) AS at_start,
                       (SELECT SUM(p.amount * (CAST(? AS NUMERIC(20, 6)) - EXTRACT(EPOCH FROM p.posted_at)))
                        FROM ledger_postings p
                        WHERE p.account_id = a.id AND p.posted_at >= ? AND p.posted_at < ?) AS moved
                FROM ledger_accounts a
                WHERE a.owner_type = 'MEMBER' AND a.asset = 'HASHPOWER' AND a.bucket = 'AVAILABLE' AND a.owner_id > ?
                ORDER BY a.owner_id OFFSET 0 ROWS
            ) held
            WHERE held.at_start > 0 OR held.moved IS NOT NULL
            ORDER BY held.owner_id""";

    private static final Pattern SUB_PLAN_LOOPS = Pattern.compile("SubPlan \\d+\\s*\\n\\s*->[^\\n]*loops=(\\d+)");

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theCachedBalanceLessWhatWasPostedSinceGivesWhatTheBackwardStepGave(TestDatabases.Kind kind) {
        JdbcTemplate jdbc = new JdbcTemplate(databases.open(kind));
        Random random = new Random(20261203L);
        post(jdbc, history(random), "day");

        List<String> beforeRerun = assertSameAsReference(jdbc);
        post(jdbc, laterPostings(random), "later");
        List<String> afterRerun = assertSameAsReference(jdbc);

        assertThat(beforeRerun).as("the population has every kind of holder").hasSizeGreaterThan(MEMBERS / 2);
        assertThat(afterRerun).as("postings after the day change nothing of it").isEqualTo(beforeRerun);
    }

    /** PostgreSQL: the day's postings are read only for the accounts whose balance moved since the day began. */
    @Test
    void theDaysPostingsAreReadOnlyForAccountsWithPostingsSinceItBegan() {
        JdbcTemplate jdbc = new JdbcTemplate(databases.open(TestDatabases.Kind.POSTGRES));
        post(jdbc, history(new Random(7L)), "day");
        Integer accounts = jdbc.queryForObject(
                "SELECT COUNT(*) FROM ledger_accounts WHERE owner_type = 'MEMBER' AND asset = 'HASHPOWER'",
                Integer.class);
        Integer moved = jdbc.queryForObject(
                "SELECT COUNT(DISTINCT p.account_id) FROM ledger_postings p JOIN ledger_accounts a ON a.id = p.account_id"
                        + " WHERE a.owner_type = 'MEMBER' AND a.asset = 'HASHPOWER' AND p.posted_at >= ?",
                Integer.class,
                SqlTimes.utc(DAY));
        SqlSelect page = HoldingsOverTimeQuery.select(Asset.HASHPOWER, Bucket.AVAILABLE, DAY, NEXT_DAY, "", null);

        String plan = String.join(
                "\n",
                jdbc.queryForList(
                        "EXPLAIN (ANALYZE) " + page.sql(),
                        String.class,
                        page.parameters().toArray()));

        List<Integer> loops = new ArrayList<>();
        Matcher matcher = SUB_PLAN_LOOPS.matcher(plan);
        while (matcher.find()) {
            loops.add(Integer.valueOf(matcher.group(1)));
        }
        assertThat(moved).isPositive().isLessThan(accounts);
        assertThat(loops).as(plan).containsExactlyInAnyOrder(accounts, moved);
    }

    /** Every page and bound of the query against the reference; the rows (member, at start, integral) as text. */
    private static List<String> assertSameAsReference(JdbcTemplate jdbc) {
        BigDecimal end = HoldingsOverTimeQuery.epochSeconds(NEXT_DAY);
        BigDecimal window = HoldingsOverTimeQuery.seconds(Duration.between(DAY, NEXT_DAY));
        List<String> expected = jdbc.query(
                REFERENCE,
                (row, index) -> text(new HoldingOverTime(
                        row.getString("owner_id"),
                        row.getBigDecimal("at_start"),
                        row.getBigDecimal("at_start")
                                .multiply(window)
                                .add(
                                        row.getBigDecimal("moved") == null
                                                ? BigDecimal.ZERO
                                                : row.getBigDecimal("moved")))),
                SqlTimes.utc(DAY),
                end,
                SqlTimes.utc(DAY),
                SqlTimes.utc(NEXT_DAY),
                "");
        assertThat(run(jdbc, "", null, 10_000)).isEqualTo(expected);
        assertThat(run(jdbc, "", null, 7)).isEqualTo(expected.subList(0, 7));
        String after = member(10);
        String upTo = member(60);
        assertThat(run(jdbc, after, upTo, 10_000))
                .isEqualTo(expected.stream()
                        .filter(row -> {
                            String member = row.substring(0, row.indexOf(' '));
                            return member.compareTo(after) > 0 && member.compareTo(upTo) <= 0;
                        })
                        .toList());
        SqlSelect select = HoldingsOverTimeQuery.select(Asset.HASHPOWER, Bucket.AVAILABLE, DAY, NEXT_DAY, "", null);
        List<String> selected = jdbc.query(
                "SELECT * FROM (" + select.sql() + ") s ORDER BY s.owner_id",
                (row, index) -> text(new HoldingOverTime(
                        row.getString("owner_id"), row.getBigDecimal("at_start"), row.getBigDecimal("integral"))),
                select.parameters().toArray());
        assertThat(selected).isEqualTo(expected);
        return expected;
    }

    private static List<String> run(JdbcTemplate jdbc, String after, String upTo, int limit) {
        return HoldingsOverTimeQuery.run(jdbc, Asset.HASHPOWER, Bucket.AVAILABLE, DAY, NEXT_DAY, after, upTo, limit)
                .stream()
                .map(HoldingsOverTimeQueryIT::text)
                .toList();
    }

    private static String text(HoldingOverTime holding) {
        return holding.memberId() + " " + holding.atStart().stripTrailingZeros().toPlainString() + " "
                + holding.amountSeconds().stripTrailingZeros().toPlainString();
    }

    private record Movement(Instant at, String member, BigDecimal delta) {}

    /**
     * Per member one of: held from before the day (and maybe moved during it), created mid-day, created at the day's
     * first or last microsecond, moved only after the day, or sold out just before the day; then every member's movements
     * in time order, never below zero.
     */
    private static List<Movement> history(Random random) {
        List<Movement> movements = new ArrayList<>();
        for (int index = 0; index < MEMBERS; index++) {
            String member = member(index);
            BigDecimal balance = BigDecimal.ZERO;
            List<Instant> times = new ArrayList<>();
            switch (index % 6) {
                case 0 -> times.add(DAY.minus(Duration.ofDays(2)));
                case 1 -> times.add(within(random, DAY, NEXT_DAY));
                case 2 -> times.add(DAY);
                case 3 -> times.add(NEXT_DAY.minusNanos(1_000));
                case 4 -> times.add(NEXT_DAY.plus(Duration.ofHours(random.nextInt(30))));
                default -> times.add(DAY.minus(Duration.ofHours(3)));
            }
            int more = random.nextInt(4);
            for (int move = 0; move < more; move++) {
                times.add(within(random, times.get(0), times.get(0).plus(Duration.ofHours(30))));
            }
            Instant soldOut = index % 6 == 5 ? DAY.minusNanos(1_000) : null; // everything sold just before the day
            if (soldOut != null) {
                times.add(soldOut);
            }
            times.sort(Comparator.naturalOrder());
            for (Instant at : times) {
                BigDecimal delta = at.equals(soldOut)
                        ? balance.negate()
                        : balance.signum() > 0 && random.nextBoolean()
                                ? balance.multiply(BigDecimal.valueOf(random.nextInt(101), 2))
                                        .setScale(8, RoundingMode.DOWN)
                                        .negate()
                                : BigDecimal.valueOf(random.nextInt(1_000_000_000) + 1L, random.nextInt(9));
                if (delta.signum() != 0) {
                    movements.add(new Movement(at, member, delta));
                    balance = balance.add(delta);
                }
            }
        }
        movements.sort(Comparator.comparing(Movement::at));
        return movements;
    }

    /** A purchase or sale of a random member on each of the two days after the day. */
    private static List<Movement> laterPostings(Random random) {
        List<Movement> movements = new ArrayList<>();
        for (int index = 0; index < MEMBERS; index += 3) {
            movements.add(new Movement(
                    NEXT_DAY.plus(Duration.ofHours(36 + random.nextInt(12))),
                    member(index),
                    BigDecimal.valueOf(random.nextInt(1000) + 1L)));
        }
        movements.sort(Comparator.comparing(Movement::at));
        return movements;
    }

    private static Instant within(Random random, Instant from, Instant to) {
        long micros = Duration.between(from, to).toNanos() / 1_000;
        return from.plusNanos(Math.floorMod(random.nextLong(), micros) * 1_000);
    }

    private static String member(int index) {
        return String.format("holder-%03d", index);
    }

    private static void post(JdbcTemplate jdbc, List<Movement> movements, String label) {
        AccountRef issuance = AccountRef.system(SystemAccount.HASHPOWER_ISSUANCE, Asset.HASHPOWER);
        int[] count = {0};
        movements.forEach(movement -> {
            AccountRef member = AccountRef.member(movement.member(), Asset.HASHPOWER, Bucket.AVAILABLE);
            EntryRequest.Builder entry = EntryRequest.builder("held-" + label + "-" + count[0]++, "test");
            BackdatedLedgers.postingAt(jdbc, movement.at())
                    .post(
                            movement.delta().signum() > 0
                                    ? entry.move(issuance, member, movement.delta())
                                            .build()
                                    : entry.move(
                                                    member,
                                                    issuance,
                                                    movement.delta().negate())
                                            .build());
        });
    }
}

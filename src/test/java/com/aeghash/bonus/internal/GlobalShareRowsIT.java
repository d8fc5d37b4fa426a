package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusRanks;
import com.aeghash.common.SqlTimes;
import com.aeghash.testsupport.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The global share's rows as its repository writes them on PostgreSQL, each statement sending its members as one
 * array: the qualifiers fixed over more than one statement's worth of members, and a step's confirmed entries. Each
 * test rolls back, so no running closing is left for the other tests of the schema.
 */
@PostgresIntegrationTest
@Transactional
class GlobalShareRowsIT {

    @Autowired
    JdbcGlobalShareRepository shares;

    @Autowired
    ClosingRepository closings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void qualifiersBeyondOneStatementAreAllFixedOnce() {
        GlobalShareRun run = startedShare(3);
        List<String> members = IntStream.rangeClosed(1, JdbcGlobalShareRepository.MEMBERS_PER_STATEMENT + 1)
                .mapToObj(number -> "gsr-%06d".formatted(number))
                .toList();

        shares.insertMembers(run.closingId(), members);

        assertThat(shares.membersAfter(run.closingId(), null, members.size() + 10))
                .containsExactlyElementsOf(members);
    }

    @Test
    void aStepCreatesOneConfirmedEntryPerMemberNumberedInMemberOrder() {
        GlobalShareRun run = startedShare(3);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        shares.insertEntries(run, List.of("gsr-a", "gsr-b", "gsr-c"), now);

        List<Map<String, Object>> entries = jdbc.queryForList("""
                SELECT beneficiary_member_id, bonus_type, bonus_plan, tree_level, order_reference, source_member_id,
                       pv_amount, percentage, amount, status, closing_id
                FROM bonus_entries WHERE closing_id = ? ORDER BY id""", run.closingId());
        assertThat(entries)
                .extracting(entry -> entry.get("beneficiary_member_id"))
                .containsExactly("gsr-a", "gsr-b", "gsr-c");
        GlobalShareSplit split = run.split();
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.get("bonus_type")).isEqualTo("GLOBAL_SHARE");
            assertThat(entry.get("bonus_plan")).isEqualTo("default");
            assertThat(entry.get("tree_level")).isEqualTo(1);
            assertThat(entry.get("order_reference")).isNull();
            assertThat(entry.get("source_member_id")).isNull();
            assertThat((BigDecimal) entry.get("pv_amount")).isEqualByComparingTo(split.pvAmount());
            assertThat((BigDecimal) entry.get("percentage")).isEqualByComparingTo(split.percentage());
            assertThat((BigDecimal) entry.get("amount")).isEqualByComparingTo(split.share());
            assertThat(entry.get("status")).isEqualTo("CONFIRMED");
        });
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM bonus_entries WHERE closing_id = ? AND created_at = ? AND closed_at = ?",
                        Long.class,
                        run.closingId(),
                        SqlTimes.utc(now),
                        SqlTimes.utc(now)))
                .isEqualTo(3);
    }

    /** A closing of its own (a cut-off far in the past) with a global share started over {@code qualifiers}. */
    private GlobalShareRun startedShare(long qualifiers) {
        Instant cutoff = Instant.parse("2001-01-01T00:00:00Z").plus(Duration.ofSeconds(System.nanoTime() % 1_000_000));
        closings.insertIfAbsent(cutoff, cutoff, 0, "test", Instant.now());
        long closingId = closings.findByCutoff(cutoff).orElseThrow().id();
        GlobalShareRun run = GlobalShareRun.started(
                closingId,
                BonusRanks.Level.D2,
                1,
                GlobalShareSplit.of(new BigDecimal("1000"), new BigDecimal("20"), qualifiers),
                Instant.now());
        shares.insert(run);
        return run;
    }
}

package com.aeghash.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.LedgerFixtures;
import com.aeghash.ledger.StatementLine;
import com.aeghash.ledger.StatementQuery;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V90-V92 on postings written before them: each gets its entry's time, each member posting its place in the order
 * of (entry time, posting id) and the running balance; new postings carry on from there.
 */
@OnEachDatabase
class PostingHistoryMigrationIT {

    private static final Instant NINE = Instant.parse("2026-10-01T09:00:00Z");

    @Parameter
    TestDatabases.Kind database;

    private DataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void beforeTheMigration() {
        dataSource = TestDatabases.createBefore(database, "90");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("""
                INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at) VALUES
                (1, 'MEMBER', 'old-member', 'POINT', 'AVAILABLE', 6, ?), (2, 'SYSTEM', 'manual_adjustment', 'POINT', 'SYSTEM', NULL, ?)""", SqlTimes.utc(NINE.plusSeconds(7200)), SqlTimes.utc(NINE));
        entry(10, "manual-adjustment:10", NINE.plusSeconds(3600), "5"); // posted second: ids are not in time order
        entry(11, "manual-adjustment:11", NINE, "3");
        entry(12, "withdrawal:1:clear", NINE.plusSeconds(7200), "-2");
    }

    @AfterEach
    void close() {
        TestDatabases.close(dataSource);
    }

    @Test
    void olderPostingsGetTheirTimePlaceAndRunningBalance() {
        TestDatabases.migrateRest(dataSource, database);

        List<Map<String, Object>> member = jdbc.queryForList(
                "SELECT entry_id, account_seq, balance_after FROM ledger_postings WHERE account_id = 1 ORDER BY account_seq");
        assertThat(member)
                .extracting(row -> ((Number) row.get("entry_id")).longValue())
                .containsExactly(11L, 10L, 12L);
        assertThat(member)
                .extracting(row -> ((Number) row.get("account_seq")).longValue())
                .containsExactly(1L, 2L, 3L);
        assertThat(member)
                .extracting(row -> ((BigDecimal) row.get("balance_after"))
                        .stripTrailingZeros()
                        .toPlainString())
                .containsExactly("3", "8", "6");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ledger_postings WHERE account_id = 2 AND account_seq IS NULL"
                                + " AND balance_after IS NULL AND posted_at IS NOT NULL",
                        Long.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT posting_count FROM ledger_accounts WHERE id = 1", Long.class))
                .isEqualTo(3);
    }

    @Test
    void newPostingsCarryOnAfterTheMigratedHistory() {
        TestDatabases.migrateRest(dataSource, database);
        MutableClock clock = new MutableClock(NINE.plusSeconds(10_000));
        LedgerService ledger = new LedgerService(new JdbcLedgerRepository(jdbc), clock);
        StatementsService statements = new StatementsService(new JdbcStatementRepository(jdbc), clock);

        ledger.post(LedgerFixtures.credit("after-migration", "old-member", Asset.POINT, "4"));
        List<StatementLine> lines = statements
                .statement(new StatementQuery("old-member", null, null, null, null, null, null))
                .lines();

        assertThat(lines)
                .extracting(line -> line.balanceAfter().stripTrailingZeros().toPlainString())
                .containsExactly("10", "6", "8", "3");
        assertThat(lines.get(1).postedAt()).isEqualTo(NINE.plusSeconds(7200));
        assertThat(statements
                        .balancesAt("old-member", NINE.plusSeconds(3599))
                        .of(Asset.POINT)
                        .available())
                .isEqualByComparingTo("3");
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void postingsStayAppendOnlyWherePostgresqlEnforcesIt() {
        TestDatabases.migrateRest(dataSource, database);
        if (database == TestDatabases.Kind.POSTGRES) {
            assertThatThrownBy(() -> jdbc.update("UPDATE ledger_postings SET balance_after = 0 WHERE account_id = 1"))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(jdbc.queryForObject("SELECT MIN(balance_after) FROM ledger_postings", BigDecimal.class))
                .isEqualByComparingTo("3");
    }

    private void entry(long id, String reference, Instant at, String memberAmount) {
        jdbc.update(
                "INSERT INTO ledger_entries (id, reference, description, created_at) VALUES (?, ?, NULL, ?)",
                id,
                reference,
                SqlTimes.utc(at));
        BigDecimal amount = new BigDecimal(memberAmount);
        jdbc.update(
                "INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount) VALUES (?, ?, 1, 'POINT', ?),"
                        + " (?, ?, 2, 'POINT', ?)",
                id * 10,
                id,
                amount,
                id * 10 + 1,
                id,
                amount.negate());
    }
}

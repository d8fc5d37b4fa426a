package com.aeghash.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL keeps the trails append-only whoever asks (db/vendor/postgresql): rows of the audit trail, the
 * withdrawals' audit log, risk findings, the ledger's entries and postings and the spillover log can be inserted,
 * never updated, deleted or truncated; an alert may only be marked delivered, once.
 */
@ExtendWith(PostgresCondition.class)
class AppendOnlyTrailsPostgresIT {

    /** Each trail with the condition that names its one test row. */
    private static final Map<String, String> TRAILS = Map.of(
            "audit_events", "actor = 'trail-test'",
            "withdrawal_audit_logs", "actor = 'trail-test'",
            "risk_events", "member_id = 'trail-test'",
            "ledger_entries", "id = 990001",
            "ledger_postings", "id = 990001",
            "organization_spillovers", "member_id = 'trail-test'");

    private DataSource database;
    private JdbcTemplate jdbc;

    @BeforeEach
    void arrange() {
        database = TestDatabases.create(TestDatabases.Kind.POSTGRES);
        jdbc = new JdbcTemplate(database);
        insertOneRowIntoEachTrail();
    }

    @AfterEach
    void closeDatabase() {
        TestDatabases.close(database);
    }

    @Test
    void anUpdateOfAnyTrailIsRefusedAndChangesNothing() {
        TRAILS.forEach((table, row) -> {
            String before = snapshot(table, row);

            assertRefused(table, "UPDATE " + table + " SET id = id WHERE " + row);
            assertThat(snapshot(table, row)).as(table).isEqualTo(before);
        });
    }

    @Test
    void aDeleteOrTruncateOfAnyTrailIsRefusedAndTheRowStays() {
        TRAILS.forEach((table, row) -> {
            assertRefused(table, "DELETE FROM " + table + " WHERE " + row);
            assertRefused(table, "TRUNCATE " + table + " CASCADE");
            assertThat(count(table, row)).as(table).isEqualTo(1);
        });
    }

    @Test
    void anAlertIsMarkedDeliveredOnceAndOtherwiseNeverChanged() {
        String alert = "id = '00000000-0000-0000-0000-000000000077'";

        int delivered = jdbc.update("UPDATE alerts SET delivered_at = CURRENT_TIMESTAMP WHERE " + alert);

        assertThat(delivered).isEqualTo(1);
        assertRefused("alerts", "UPDATE alerts SET delivered_at = CURRENT_TIMESTAMP WHERE " + alert);
        assertRefused("alerts", "UPDATE alerts SET title = 'all clear' WHERE " + alert);
        assertRefused("alerts", "DELETE FROM alerts WHERE " + alert);
        assertRefused("alerts", "TRUNCATE alerts");
        assertThat(jdbc.queryForObject("SELECT title FROM alerts WHERE " + alert, String.class))
                .isEqualTo("trail test");
    }

    @Test
    void anUndeliveredAlertCannotBeRewrittenWhileBeingMarkedDelivered() {
        assertRefused(
                "alerts",
                "UPDATE alerts SET delivered_at = CURRENT_TIMESTAMP, text = 'nothing happened'"
                        + " WHERE id = '00000000-0000-0000-0000-000000000077'");
    }

    @Test
    void newRowsAreStillAccepted() {
        jdbc.update("INSERT INTO audit_events (occurred_at, actor, action, target, details)"
                + " VALUES (CURRENT_TIMESTAMP, 'trail-test', 'trail.second', NULL, '{}')");

        assertThat(count("audit_events", "actor = 'trail-test'")).isEqualTo(2);
    }

    private void assertRefused(String table, String statement) {
        assertThatThrownBy(() -> jdbc.execute(statement))
                .as(statement)
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only")
                .hasMessageContaining(table);
    }

    private String snapshot(String table, String row) {
        return jdbc.queryForList("SELECT * FROM " + table + " WHERE " + row).toString();
    }

    private int count(String table, String row) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + row, Integer.class);
    }

    private void insertOneRowIntoEachTrail() {
        jdbc.update("INSERT INTO audit_events (occurred_at, actor, action, target, details)"
                + " VALUES (CURRENT_TIMESTAMP, 'trail-test', 'trail.first', 'x', '{}')");
        long withdrawal = jdbc.queryForObject(
                "INSERT INTO withdrawal_requests (member_id, asset, amount, status, flagged, requested_by,"
                        + " idempotency_key, request_fingerprint, reconcile_attempts, needs_operator, version,"
                        + " created_at, updated_at) VALUES ('trail-test', 'POINT', 1, 'pending', false, 'app',"
                        + " 'trail-key-0001', 'f', 0, false, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP) RETURNING id",
                Long.class);
        jdbc.update(
                "INSERT INTO withdrawal_audit_logs (withdrawal_id, action, actor, status_after, amount, notes,"
                        + " metadata, occurred_at) VALUES (?, 'requested', 'trail-test', 'pending', 1, NULL, '{}',"
                        + " CURRENT_TIMESTAMP)",
                withdrawal);
        jdbc.update("INSERT INTO risk_events (member_id, subject, rule, severity, message, attributes, occurred_at)"
                + " VALUES ('trail-test', 'withdrawal:1', 'amount_limit', 'info', 'm', '{}', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO ledger_entries (id, reference, description, created_at)"
                + " VALUES (990001, 'trail-test', NULL, CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at)"
                + " VALUES (990001, 'SYSTEM', 'trail_test', 'POINT', 'SYSTEM', NULL, CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at)"
                + " VALUES (990001, 990001, 990001, 'POINT', 1, CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO organization_spillovers (sponsor_member_id, member_id, parent_member_id, side, depth,"
                + " occurred_at) VALUES ('s', 'trail-test', 'p', 'L', 2, CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO alerts (id, raised_at, severity, source, title, text, fields) VALUES"
                + " ('00000000-0000-0000-0000-000000000077', CURRENT_TIMESTAMP, 'WARNING', 'test', 'trail test',"
                + " 'text', '{}')");
    }
}

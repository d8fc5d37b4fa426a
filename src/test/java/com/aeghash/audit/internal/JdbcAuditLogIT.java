package com.aeghash.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.audit.AuditRows;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@OnEachDatabase
class JdbcAuditLogIT extends AuditLogContract {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Override
    AuditLog createAuditLog() {
        return jdbcAuditLog();
    }

    /**
     * {@link JdbcAuditLog#recordRows} writes, for the rows of a query, the entries {@link AuditLog#recordAll} writes
     * for the same targets and details: text with quotes, backslashes, tabs and line breaks included, in the query's
     * order, one time for all.
     */
    @Test
    void recordRowsWritesTheEntriesRecordAllWouldWrite() {
        JdbcAuditLog audit = jdbcAuditLog();
        String tricky = "say \"hi\" \\ back\tslash\nline\r";
        audit.recordAll(
                "system:test",
                "test.listed",
                List.of(
                        new AuditLog.Target("m1", Map.of("from", "FREE", "note", tricky)),
                        new AuditLog.Target("m2", Map.of("from", "D0", "note", "plain"))));
        long written = audit.recordRows(
                "system:test",
                "test.selected",
                new AuditRows(
                        """
                        SELECT member_id, from_rank, CASE WHEN member_id = 'm1' THEN CAST(:tricky AS VARCHAR(100))
                            ELSE 'plain' END AS note
                        FROM (SELECT 'm2' AS member_id, 'D0' AS from_rank UNION ALL
                              SELECT 'm1', 'FREE') members
                        ORDER BY member_id""",
                        Map.of("tricky", tricky),
                        "member_id",
                        new LinkedHashMap<>(Map.of("from", "from_rank", "note", "note"))));

        assertThat(written).isEqualTo(2);
        List<AuditEntry> listed = audit.recent("test.listed", 10);
        List<AuditEntry> selected = audit.recent("test.selected", 10);
        assertThat(selected)
                .extracting(AuditEntry::target, AuditEntry::details, AuditEntry::actor, AuditEntry::occurredAt)
                .containsExactlyElementsOf(listed.stream()
                        .map(entry -> tuple(entry.target(), entry.details(), entry.actor(), entry.occurredAt()))
                        .toList());
        assertThat(selected.get(1).target()).as("in the query's order").isEqualTo("m1");
    }

    /** A NULL detail would lose the entry's details: the insert fails and writes nothing. */
    @Test
    void recordRowsRefusesANullDetail() {
        JdbcAuditLog audit = jdbcAuditLog();
        AuditRows rows = new AuditRows(
                "SELECT 'm1' AS member_id, CAST(NULL AS VARCHAR(10)) AS from_rank",
                Map.of(),
                "member_id",
                Map.of("from", "from_rank"));

        assertThatThrownBy(() -> audit.recordRows("system:test", "test.selected", rows))
                .isInstanceOf(DataAccessException.class);
        assertThat(audit.recent("test.selected", 10)).isEmpty();
    }

    @Test
    void auditRowsTakeOnlyPlainNames() {
        assertThatThrownBy(() -> new AuditRows("SELECT 1 AS a", Map.of(), "a", Map.of("x\"", "a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditRows("SELECT 1 AS a", Map.of(), "a; DROP", Map.of("x", "a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditRows("SELECT 1 AS a", Map.of(), "a", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private JdbcAuditLog jdbcAuditLog() {
        DataSource dataSource = databases.open(database);
        return new JdbcAuditLog(
                JdbcClient.create(dataSource),
                new JdbcTemplate(dataSource),
                JsonMapper.builder().build(),
                CLOCK);
    }
}

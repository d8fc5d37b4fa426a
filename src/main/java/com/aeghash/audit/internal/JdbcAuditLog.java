package com.aeghash.audit.internal;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.audit.AuditQuery;
import com.aeghash.audit.AuditRows;
import com.aeghash.audit.BulkAudit;
import com.aeghash.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcAuditLog implements AuditLog, BulkAudit {

    static final int LIMIT_MAX = 500;
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    /** Rows per JDBC batch of {@link #recordAll}. */
    static final int BATCH_ROWS = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String action, String target, Map<String, String> details) {
        jdbc.sql("""
                INSERT INTO audit_events (occurred_at, actor, action, target, details)
                VALUES (:occurredAt, :actor, :action, :target, :details)""")
                .param("occurredAt", SqlTimes.utc(clock.instant()))
                .param("actor", actor)
                .param("action", action)
                .param("target", target)
                .param("details", json.writeValueAsString(details))
                .update();
    }

    @Override
    public void recordAll(String actor, String action, List<Target> targets) {
        if (targets.isEmpty()) {
            return;
        }
        OffsetDateTime occurredAt = SqlTimes.utc(clock.instant());
        List<Object[]> rows = targets.stream()
                .map(target -> new Object[] {
                    occurredAt, actor, action, target.target(), json.writeValueAsString(target.details())
                })
                .toList();
        for (int from = 0; from < rows.size(); from += BATCH_ROWS) {
            batches.batchUpdate(
                    "INSERT INTO audit_events (occurred_at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + BATCH_ROWS)));
        }
    }

    @Override
    public long recordRows(String actor, String action, AuditRows rows) {
        return jdbc.sql("INSERT INTO audit_events (occurred_at, actor, action, target, details) SELECT"
                        + " :auditOccurredAt, :auditActor, :auditAction, CAST(audited." + rows.targetColumn()
                        + " AS VARCHAR(200)), " + detailsJson(rows) + " FROM (" + rows.select() + ") audited")
                .params(rows.parameters())
                .param("auditOccurredAt", SqlTimes.utc(clock.instant()))
                .param("auditActor", actor)
                .param("auditAction", action)
                .update();
    }

    /** {@code '{"key":"' || escaped(audited.column) || '",…}'}: one string expression, the same on H2 and PostgreSQL. */
    private static String detailsJson(AuditRows rows) {
        return rows.detailColumns().entrySet().stream()
                .map(detail -> "'\"" + detail.getKey() + "\":\"' || " + jsonEscaped("audited." + detail.getValue())
                        + " || '\"'")
                .collect(Collectors.joining(" || ',' || ", "'{' || ", " || '}'"));
    }

    /** The text of a column as the inside of a JSON string: backslash, quote, tab, line feed and return escaped. */
    private static String jsonEscaped(String column) {
        String text = "CAST(" + column + " AS VARCHAR(4000))";
        text = "REPLACE(" + text + ", '\\', '\\\\')";
        text = "REPLACE(" + text + ", '\"', '\\\"')";
        text = "REPLACE(" + text + ", CHR(9), '\\t')";
        text = "REPLACE(" + text + ", CHR(10), '\\n')";
        return "REPLACE(" + text + ", CHR(13), '\\r')";
    }

    @Override
    public List<AuditEntry> recent(String action, long beforeId, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, target, details FROM audit_events
                WHERE (CAST(:action AS VARCHAR) IS NULL OR action = :action) AND id < :before
                ORDER BY id DESC LIMIT :limit""")
                .param("action", action)
                .param("before", beforeId)
                .param("limit", Math.min(Math.max(limit, 1), LIMIT_MAX))
                .query((row, index) -> entryOf(row))
                .list();
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, long beforeId, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, target, details FROM audit_events
                WHERE (CAST(:actor AS VARCHAR) IS NULL OR actor = :actor)
                  AND (CAST(:actionPrefix AS VARCHAR) IS NULL OR action LIKE :actionPrefix ESCAPE '\\')
                  AND (CAST(:target AS VARCHAR) IS NULL OR target = :target)
                  AND (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at >= :from)
                  AND (CAST(:to AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at < :to)
                  AND id < :before
                ORDER BY id DESC LIMIT :limit""")
                .param("actor", query.actor(), Types.VARCHAR)
                .param(
                        "actionPrefix",
                        query.actionPrefix() == null ? null : escapeLike(query.actionPrefix()) + "%",
                        Types.VARCHAR)
                .param("target", query.target(), Types.VARCHAR)
                .param("from", query.from() == null ? null : SqlTimes.utc(query.from()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("to", query.to() == null ? null : SqlTimes.utc(query.to()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("before", beforeId)
                .param("limit", Math.min(Math.max(limit, 1), LIMIT_MAX))
                .query((row, index) -> entryOf(row))
                .list();
    }

    private AuditEntry entryOf(ResultSet row) throws SQLException {
        return new AuditEntry(
                row.getLong("id"),
                SqlTimes.instant(row, "occurred_at"),
                row.getString("actor"),
                row.getString("action"),
                row.getString("target"),
                json.readValue(row.getString("details"), DETAILS));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

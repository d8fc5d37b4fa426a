package com.aeghash.notification.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertHandling;
import com.aeghash.notification.AlertSeverity;
import com.aeghash.notification.RecordedAlert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcAlertRepository implements AlertRepository {

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};
    private static final int TEXT_LENGTH_MAX = 4000;
    private static final int TITLE_LENGTH_MAX = 300;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAlertRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(RecordedAlert recorded) {
        Alert alert = recorded.alert();
        jdbc.sql("""
                INSERT INTO alerts (id, raised_at, severity, source, title, text, fields)
                VALUES (:id, :raisedAt, :severity, :source, :title, :text, :fields)""")
                .param("id", recorded.id())
                .param("raisedAt", SqlTimes.utc(recorded.raisedAt()))
                .param("severity", alert.severity().name())
                .param("source", alert.source())
                .param("title", truncate(alert.title(), TITLE_LENGTH_MAX))
                .param("text", truncate(alert.text(), TEXT_LENGTH_MAX))
                .param("fields", truncate(json.writeValueAsString(alert.fields()), TEXT_LENGTH_MAX))
                .update();
    }

    @Override
    public void markDelivered(UUID id, Instant deliveredAt) {
        jdbc.sql("UPDATE alerts SET delivered_at = :deliveredAt WHERE id = :id AND delivered_at IS NULL")
                .param("deliveredAt", SqlTimes.utc(deliveredAt))
                .param("id", id)
                .update();
    }

    @Override
    public List<RecordedAlert> recent(int limit) {
        return jdbc.sql("SELECT * FROM alerts ORDER BY raised_at DESC, id LIMIT :limit")
                .param("limit", Math.min(Math.max(limit, 1), LIMIT_MAX))
                .query((row, index) -> recordedOf(row))
                .list();
    }

    @Override
    public List<RecordedAlert> recentAfter(Instant raisedAt, UUID id, int limit) {
        return jdbc.sql("""
                SELECT * FROM alerts
                WHERE raised_at < :raisedAt OR (raised_at = :raisedAt AND id > :id)
                ORDER BY raised_at DESC, id LIMIT :limit""")
                .param("raisedAt", SqlTimes.utc(raisedAt))
                .param("id", id)
                .param("limit", Math.min(Math.max(limit, 1), LIMIT_MAX))
                .query((row, index) -> recordedOf(row))
                .list();
    }

    @Override
    public Optional<RecordedAlert> find(UUID id) {
        return jdbc.sql("SELECT * FROM alerts WHERE id = :id")
                .param("id", id)
                .query((row, index) -> recordedOf(row))
                .optional();
    }

    private RecordedAlert recordedOf(ResultSet row) throws SQLException {
        return new RecordedAlert(
                row.getObject("id", UUID.class),
                SqlTimes.instant(row, "raised_at"),
                new Alert(
                        AlertSeverity.valueOf(row.getString("severity")),
                        row.getString("source"),
                        row.getString("title"),
                        row.getString("text"),
                        readFields(row.getString("fields"))),
                SqlTimes.instant(row, "delivered_at"),
                handlingOf(row));
    }

    private static AlertHandling handlingOf(ResultSet row) throws SQLException {
        return new AlertHandling(
                SqlTimes.instant(row, "acknowledged_at"),
                row.getString("acknowledged_by"),
                row.getString("acknowledgement_note"),
                SqlTimes.instant(row, "resolved_at"),
                row.getString("resolved_by"),
                row.getString("resolution_note"));
    }

    private Map<String, String> readFields(String text) {
        try {
            return json.readValue(text, FIELDS);
        } catch (RuntimeException truncated) {
            return Map.of("fields", text);
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}

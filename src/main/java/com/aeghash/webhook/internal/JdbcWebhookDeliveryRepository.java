package com.aeghash.webhook.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.webhook.WebhookDeliveryState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWebhookDeliveryRepository implements WebhookDeliveryRepository {

    private static final int RECENT_MAX = 500;
    private static final int ERROR_LENGTH_MAX = 500;
    private static final String INSERT = """
            INSERT INTO webhook_deliveries (endpoint_id, message_id, event_key, event_type, member_id, payload, state,
                attempts, ordered_at, created_at, next_attempt_at, redelivery_of, requested_by)
            VALUES (:endpointId, :messageId, :eventKey, :eventType, :memberId, :payload, 'PENDING',
                0, :orderedAt, :now, :now, :redeliveryOf, :requestedBy)""";

    /**
     * Due, of an enabled endpoint, and the first unfinished delivery of its member to its endpoint: a later one waits
     * until the earlier is delivered or finally failed. Rows other jobs hold are skipped, never waited for.
     */
    private static final String DUE = """
            SELECT * FROM webhook_deliveries d
            WHERE d.state IN ('PENDING', 'SENDING') AND d.next_attempt_at <= :now
              AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = d.endpoint_id AND e.state = 'ENABLED')
              AND NOT EXISTS (
                SELECT 1 FROM webhook_deliveries earlier
                WHERE earlier.endpoint_id = d.endpoint_id AND earlier.member_id = d.member_id
                  AND earlier.state IN ('PENDING', 'SENDING')
                  AND (earlier.ordered_at < d.ordered_at OR (earlier.ordered_at = d.ordered_at AND earlier.id < d.id)))
            ORDER BY d.ordered_at, d.id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""";

    private final JdbcClient jdbc;

    JdbcWebhookDeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertAll(List<NewDelivery> deliveries, Instant now) {
        for (NewDelivery delivery : deliveries) {
            bind(jdbc.sql(INSERT + " ON CONFLICT DO NOTHING"), delivery, now).update();
        }
    }

    @Override
    public StoredDelivery insert(NewDelivery delivery, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        bind(jdbc.sql(INSERT), delivery, now).update(keys, "id");
        return find(keys.getKeyAs(Long.class)).orElseThrow();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, NewDelivery delivery, Instant now) {
        return statement
                .param("endpointId", delivery.endpointId())
                .param("messageId", delivery.messageId())
                .param("eventKey", delivery.eventKey())
                .param("eventType", delivery.eventType())
                .param("memberId", delivery.memberId())
                .param("payload", delivery.payload())
                .param("orderedAt", SqlTimes.utc(delivery.orderedAt()))
                .param("now", SqlTimes.utc(now))
                .param("redeliveryOf", delivery.redeliveryOf())
                .param("requestedBy", delivery.requestedBy());
    }

    @Override
    public List<StoredDelivery> lockDue(Instant now, int limit) {
        return jdbc.sql(DUE)
                .param("now", SqlTimes.utc(now))
                .param("limit", limit)
                .query(JdbcWebhookDeliveryRepository::delivery)
                .list();
    }

    @Override
    public Optional<StoredDelivery> lock(long id) {
        return byId(id, " FOR UPDATE");
    }

    @Override
    public Optional<StoredDelivery> find(long id) {
        return byId(id, "");
    }

    private Optional<StoredDelivery> byId(long id, String lockClause) {
        return jdbc.sql("SELECT * FROM webhook_deliveries WHERE id = :id" + lockClause)
                .param("id", id)
                .query(JdbcWebhookDeliveryRepository::delivery)
                .optional();
    }

    @Override
    public void update(StoredDelivery delivery) {
        jdbc.sql("""
                UPDATE webhook_deliveries SET state = :state, attempts = :attempts, next_attempt_at = :nextAttemptAt,
                    last_attempt_at = :lastAttemptAt, last_status = :lastStatus, last_error = :lastError,
                    finished_at = :finishedAt
                WHERE id = :id""")
                .param("state", delivery.state().name())
                .param("attempts", delivery.attempts())
                .param("nextAttemptAt", SqlTimes.utc(delivery.nextAttemptAt()))
                .param("lastAttemptAt", SqlTimes.utc(delivery.lastAttemptAt()))
                .param("lastStatus", delivery.lastStatus())
                .param("lastError", truncate(delivery.lastError()))
                .param("finishedAt", SqlTimes.utc(delivery.finishedAt()))
                .param("id", delivery.id())
                .update();
    }

    @Override
    public List<StoredDelivery> lockUnfinished(long endpointId) {
        return jdbc.sql("""
                SELECT * FROM webhook_deliveries
                WHERE endpoint_id = :endpointId AND state IN ('PENDING', 'SENDING') ORDER BY id FOR UPDATE""")
                .param("endpointId", endpointId)
                .query(JdbcWebhookDeliveryRepository::delivery)
                .list();
    }

    @Override
    public List<StoredDelivery> recent(Long endpointId, long beforeId, int limit) {
        String where = endpointId == null ? " WHERE id < :before" : " WHERE endpoint_id = :endpointId AND id < :before";
        JdbcClient.StatementSpec query = jdbc.sql(
                        "SELECT * FROM webhook_deliveries" + where + " ORDER BY id DESC LIMIT :limit")
                .param("before", beforeId);
        if (endpointId != null) {
            query = query.param("endpointId", endpointId);
        }
        return query.param("limit", Math.min(Math.max(limit, 1), RECENT_MAX))
                .query(JdbcWebhookDeliveryRepository::delivery)
                .list();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= ERROR_LENGTH_MAX ? text : text.substring(0, ERROR_LENGTH_MAX);
    }

    private static StoredDelivery delivery(ResultSet row, int index) throws SQLException {
        return new StoredDelivery(
                row.getLong("id"),
                row.getLong("endpoint_id"),
                row.getString("message_id"),
                row.getString("event_key"),
                row.getString("event_type"),
                row.getString("member_id"),
                row.getString("payload"),
                WebhookDeliveryState.valueOf(row.getString("state")),
                row.getInt("attempts"),
                SqlTimes.instant(row, "ordered_at"),
                SqlTimes.instant(row, "created_at"),
                SqlTimes.instant(row, "next_attempt_at"),
                SqlTimes.instant(row, "last_attempt_at"),
                (Integer) row.getObject("last_status"),
                row.getString("last_error"),
                SqlTimes.instant(row, "finished_at"),
                (Long) row.getObject("redelivery_of"),
                row.getString("requested_by"));
    }
}

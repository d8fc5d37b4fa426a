package com.aeghash.webhook.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.webhook.WebhookEndpointState;
import com.aeghash.webhook.WebhookEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWebhookEndpointRepository implements WebhookEndpointRepository {

    private final JdbcClient jdbc;

    JdbcWebhookEndpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StoredEndpoint insert(String url, List<WebhookEventType> eventTypes, String createdBy, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO webhook_endpoints (url, event_types, state, created_by, created_at, updated_at)
                VALUES (:url, :types, :state, :createdBy, :now, :now)""")
                .param("url", url)
                .param("types", eventTypes.stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("state", WebhookEndpointState.ENABLED.name())
                .param("createdBy", createdBy)
                .param("now", SqlTimes.utc(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        return new StoredEndpoint(id, url, eventTypes, WebhookEndpointState.ENABLED, createdBy, now, now);
    }

    @Override
    public Optional<StoredEndpoint> find(long id) {
        return byId(id, "");
    }

    @Override
    public Optional<StoredEndpoint> lock(long id) {
        return byId(id, " FOR UPDATE");
    }

    private Optional<StoredEndpoint> byId(long id, String lockClause) {
        return jdbc.sql("SELECT * FROM webhook_endpoints WHERE id = :id" + lockClause)
                .param("id", id)
                .query(JdbcWebhookEndpointRepository::endpoint)
                .optional();
    }

    @Override
    public List<StoredEndpoint> listNotDeleted() {
        return jdbc.sql("SELECT * FROM webhook_endpoints WHERE state <> 'DELETED' ORDER BY id")
                .query(JdbcWebhookEndpointRepository::endpoint)
                .list();
    }

    @Override
    public List<StoredEndpoint> enabledFor(WebhookEventType type) {
        return jdbc
                .sql("SELECT * FROM webhook_endpoints WHERE state = 'ENABLED' ORDER BY id")
                .query(JdbcWebhookEndpointRepository::endpoint)
                .stream()
                .filter(endpoint -> endpoint.eventTypes().contains(type))
                .toList();
    }

    @Override
    public void updateState(long id, WebhookEndpointState state, Instant now) {
        jdbc.sql("UPDATE webhook_endpoints SET state = :state, updated_at = :now WHERE id = :id")
                .param("state", state.name())
                .param("now", SqlTimes.utc(now))
                .param("id", id)
                .update();
    }

    @Override
    public void addSecret(long endpointId, String ciphertext, String fingerprint, Instant now) {
        jdbc.sql("""
                INSERT INTO webhook_endpoint_secrets (endpoint_id, ciphertext, fingerprint, created_at)
                VALUES (:endpointId, :ciphertext, :fingerprint, :now)""")
                .param("endpointId", endpointId)
                .param("ciphertext", ciphertext)
                .param("fingerprint", fingerprint)
                .param("now", SqlTimes.utc(now))
                .update();
    }

    @Override
    public void expireSecrets(long endpointId, Instant expiresAt) {
        jdbc.sql("""
                UPDATE webhook_endpoint_secrets SET expires_at = :expiresAt
                WHERE endpoint_id = :endpointId AND (expires_at IS NULL OR expires_at > :expiresAt)""")
                .param("expiresAt", SqlTimes.utc(expiresAt))
                .param("endpointId", endpointId)
                .update();
    }

    @Override
    public List<StoredSecret> signingSecrets(long endpointId, Instant now) {
        return jdbc.sql("""
                SELECT * FROM webhook_endpoint_secrets
                WHERE endpoint_id = :endpointId AND (expires_at IS NULL OR expires_at > :now)
                ORDER BY id DESC""")
                .param("endpointId", endpointId)
                .param("now", SqlTimes.utc(now))
                .query((row, index) -> new StoredSecret(
                        row.getLong("id"),
                        row.getLong("endpoint_id"),
                        row.getString("ciphertext"),
                        row.getString("fingerprint"),
                        SqlTimes.instant(row, "created_at"),
                        SqlTimes.instant(row, "expires_at")))
                .list();
    }

    @Override
    public void deleteSecrets(long endpointId) {
        jdbc.sql("DELETE FROM webhook_endpoint_secrets WHERE endpoint_id = :endpointId")
                .param("endpointId", endpointId)
                .update();
    }

    private static StoredEndpoint endpoint(ResultSet row, int index) throws SQLException {
        return new StoredEndpoint(
                row.getLong("id"),
                row.getString("url"),
                Arrays.stream(row.getString("event_types").split(","))
                        .map(WebhookEventType::valueOf)
                        .toList(),
                WebhookEndpointState.valueOf(row.getString("state")),
                row.getString("created_by"),
                SqlTimes.instant(row, "created_at"),
                SqlTimes.instant(row, "updated_at"));
    }
}

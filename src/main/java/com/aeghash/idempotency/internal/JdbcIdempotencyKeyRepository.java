package com.aeghash.idempotency.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.idempotency.internal.IdempotencyKeyRecord.NewKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code idempotency_keys} over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcIdempotencyKeyRepository implements IdempotencyKeyRepository {

    private static final String COLUMNS = """
            id, scope, idempotency_key, claim_key, operation, request_hash, status, attempt, response_status,
            response_body, conflicts_with, locked_until, expires_at, created_at, updated_at""";

    private final JdbcClient jdbc;

    JdbcIdempotencyKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalLong insertClaim(NewKey key, Instant lockedUntil, Instant now) {
        KeyHolder generated = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                INSERT INTO idempotency_keys (scope, idempotency_key, claim_key, operation, request_hash, status,
                    attempt, locked_until, expires_at, created_at, updated_at)
                VALUES (:scope, :key, :key, :operation, :hash, 'IN_PROGRESS', 1, :lockedUntil, :expiresAt, :now, :now)
                ON CONFLICT DO NOTHING""")
                .param("scope", key.scope())
                .param("key", key.idempotencyKey())
                .param("operation", key.operation())
                .param("hash", key.requestHash())
                .param("lockedUntil", SqlTimes.utc(lockedUntil))
                .param("expiresAt", SqlTimes.utc(key.expiresAt()))
                .param("now", SqlTimes.utc(now))
                .update(generated, "id");
        return inserted == 1 ? OptionalLong.of(generated.getKey().longValue()) : OptionalLong.empty();
    }

    @Override
    public Optional<IdempotencyKeyRecord> findPrimaryForUpdate(String scope, String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM idempotency_keys WHERE scope = :scope AND claim_key = :key"
                        + " FOR UPDATE")
                .param("scope", scope)
                .param("key", idempotencyKey)
                .query(JdbcIdempotencyKeyRepository::record)
                .optional();
    }

    @Override
    public boolean deleteIfExpired(long id, Instant now) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE id = :id AND expires_at <= :now")
                        .param("id", id)
                        .param("now", SqlTimes.utc(now))
                        .update()
                == 1;
    }

    @Override
    public boolean reclaim(long id, int attempt, Instant lockedUntil, Instant now) {
        return jdbc.sql("""
                UPDATE idempotency_keys SET status = 'IN_PROGRESS', attempt = attempt + 1, locked_until = :lockedUntil,
                    response_status = NULL, response_body = NULL, updated_at = :now
                WHERE id = :id AND attempt = :attempt
                  AND (status = 'FAILED' OR (status = 'IN_PROGRESS' AND locked_until <= :now))""")
                        .param("id", id)
                        .param("attempt", attempt)
                        .param("lockedUntil", SqlTimes.utc(lockedUntil))
                        .param("now", SqlTimes.utc(now))
                        .update()
                == 1;
    }

    @Override
    public long insertConflict(NewKey key, long originalId, int responseStatus, String responseBody, Instant now) {
        KeyHolder generated = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO idempotency_keys (scope, idempotency_key, claim_key, operation, request_hash, status,
                    attempt, response_status, response_body, conflicts_with, expires_at, created_at, updated_at)
                VALUES (:scope, :key, NULL, :operation, :hash, 'FAILED_CONFLICT', 1, :status, :body, :original,
                    :expiresAt, :now, :now)""")
                .param("scope", key.scope())
                .param("key", key.idempotencyKey())
                .param("operation", key.operation())
                .param("hash", key.requestHash())
                .param("status", responseStatus)
                .param("body", responseBody)
                .param("original", originalId)
                .param("expiresAt", SqlTimes.utc(key.expiresAt()))
                .param("now", SqlTimes.utc(now))
                .update(generated, "id");
        return generated.getKey().longValue();
    }

    @Override
    public boolean complete(long id, int attempt, int responseStatus, String responseBody, Instant now) {
        return finish(id, attempt, "COMPLETED", responseStatus, responseBody, now);
    }

    @Override
    public boolean fail(long id, int attempt, int responseStatus, String responseBody, Instant now) {
        return finish(id, attempt, "FAILED", responseStatus, responseBody, now);
    }

    private boolean finish(long id, int attempt, String status, int responseStatus, String responseBody, Instant now) {
        return jdbc.sql("""
                UPDATE idempotency_keys SET status = :status, response_status = :responseStatus, response_body = :body,
                    locked_until = NULL, updated_at = :now
                WHERE id = :id AND attempt = :attempt AND status = 'IN_PROGRESS'""")
                        .param("status", status)
                        .param("responseStatus", responseStatus)
                        .param("body", responseBody)
                        .param("now", SqlTimes.utc(now))
                        .param("id", id)
                        .param("attempt", attempt)
                        .update()
                == 1;
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        return jdbc.sql("""
                DELETE FROM idempotency_keys WHERE id IN (
                    SELECT id FROM idempotency_keys WHERE expires_at <= :now ORDER BY expires_at LIMIT :limit)""")
                .param("now", SqlTimes.utc(now))
                .param("limit", limit)
                .update();
    }

    @Override
    public List<IdempotencyKeyRecord> findByKey(String scope, String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM idempotency_keys WHERE scope = :scope"
                        + " AND idempotency_key = :key ORDER BY id")
                .param("scope", scope)
                .param("key", idempotencyKey)
                .query(JdbcIdempotencyKeyRepository::record)
                .list();
    }

    private static IdempotencyKeyRecord record(ResultSet row, int index) throws SQLException {
        return new IdempotencyKeyRecord(
                row.getLong("id"),
                row.getString("scope"),
                row.getString("idempotency_key"),
                row.getString("claim_key") != null,
                row.getString("operation"),
                row.getString("request_hash"),
                IdempotencyKeyStatus.valueOf(row.getString("status")),
                row.getInt("attempt"),
                (Integer) row.getObject("response_status", Integer.class),
                row.getString("response_body"),
                row.getObject("conflicts_with", Long.class),
                SqlTimes.instant(row, "locked_until"),
                SqlTimes.instant(row, "expires_at"),
                SqlTimes.instant(row, "created_at"),
                SqlTimes.instant(row, "updated_at"));
    }
}

package com.aeghash.partner.internal.events;

import com.aeghash.common.SqlTimes;
import com.aeghash.partner.internal.authentication.SignatureCheck;
import com.aeghash.partner.internal.authentication.SignatureScheme;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code partner_inbound_events} over SQL. */
@Repository
class JdbcInboundEventRepository implements InboundEventRepository {

    private static final String COLUMNS = """
            id, received_at, partner_id, key_id, remote_address, method, path, query_text, idempotency_key,
            signature_check, signature_scheme, request_body, response_status, outcome_code, replayed, duration_millis,
            reprocessed_at, reprocessed_by, reprocess_status, reprocess_code""";
    /** Failed with a valid signature, and not fixed by a re-processing since. */
    private static final String REPROCESSABLE = """
            signature_check IN ('VALID_CURRENT', 'VALID_PREVIOUS')
            AND ((reprocess_status IS NULL AND response_status >= 500) OR reprocess_status >= 500)""";

    private final JdbcClient jdbc;

    JdbcInboundEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long insert(InboundEvent event) {
        KeyHolder generated = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO partner_inbound_events (received_at, partner_id, key_id, remote_address, method, path,
                    query_text, idempotency_key, signature_check, signature_scheme, request_body, response_status,
                    outcome_code, replayed, duration_millis)
                VALUES (:receivedAt, :partner, :keyId, :remoteAddress, :method, :path, :query, :idempotencyKey,
                    :check, :scheme, :body, :status, :code, :replayed, :duration)""")
                .param("receivedAt", SqlTimes.utc(event.receivedAt()))
                .param("partner", event.partnerId())
                .param("keyId", event.keyId())
                .param("remoteAddress", event.remoteAddress())
                .param("method", event.method())
                .param("path", event.path())
                .param("query", event.queryText())
                .param("idempotencyKey", event.idempotencyKey())
                .param("check", event.signatureCheck().name())
                .param(
                        "scheme",
                        event.signatureScheme() == null
                                ? null
                                : event.signatureScheme().name())
                .param("body", event.requestBody())
                .param("status", event.responseStatus())
                .param("code", event.responseCode())
                .param("replayed", event.replayed())
                .param("duration", event.durationMillis())
                .update(generated, "id");
        return generated.getKey().longValue();
    }

    @Override
    public Optional<InboundEvent> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM partner_inbound_events WHERE id = :id")
                .param("id", id)
                .query(JdbcInboundEventRepository::event)
                .optional();
    }

    @Override
    public List<InboundEvent> recent(boolean failedOnly, long beforeId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM partner_inbound_events WHERE id < :before"
                        + (failedOnly ? " AND " + REPROCESSABLE : "") + " ORDER BY id DESC LIMIT :limit")
                .param("before", beforeId)
                .param("limit", limit)
                .query(JdbcInboundEventRepository::event)
                .list();
    }

    @Override
    public void recordReprocessing(long id, InboundEvent.Reprocessing reprocessing) {
        jdbc.sql("""
                UPDATE partner_inbound_events SET reprocessed_at = :at, reprocessed_by = :by, reprocess_status = :status,
                    reprocess_code = :code
                WHERE id = :id""")
                .param("at", SqlTimes.utc(reprocessing.at()))
                .param("by", reprocessing.by())
                .param("status", reprocessing.status())
                .param("code", reprocessing.code())
                .param("id", id)
                .update();
    }

    @Override
    public int purgeReceivedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                DELETE FROM partner_inbound_events WHERE id IN (
                    SELECT id FROM partner_inbound_events WHERE received_at < :cutoff ORDER BY id LIMIT :limit)""")
                .param("cutoff", SqlTimes.utc(cutoff))
                .param("limit", limit)
                .update();
    }

    private static InboundEvent event(ResultSet row, int index) throws SQLException {
        Integer reprocessStatus = row.getObject("reprocess_status", Integer.class);
        String scheme = row.getString("signature_scheme");
        InboundEvent.Reprocessing reprocessing = reprocessStatus == null
                ? null
                : new InboundEvent.Reprocessing(
                        SqlTimes.instant(row, "reprocessed_at"),
                        row.getString("reprocessed_by"),
                        reprocessStatus,
                        row.getString("reprocess_code"));
        return new InboundEvent(
                row.getLong("id"),
                SqlTimes.instant(row, "received_at"),
                row.getString("partner_id"),
                row.getString("key_id"),
                row.getString("remote_address"),
                row.getString("method"),
                row.getString("path"),
                row.getString("query_text"),
                row.getString("idempotency_key"),
                SignatureCheck.valueOf(row.getString("signature_check")),
                scheme == null ? null : SignatureScheme.valueOf(scheme),
                row.getString("request_body"),
                row.getInt("response_status"),
                row.getString("outcome_code"),
                row.getBoolean("replayed"),
                row.getLong("duration_millis"),
                reprocessing);
    }
}

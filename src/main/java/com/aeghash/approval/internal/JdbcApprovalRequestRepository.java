package com.aeghash.approval.internal;

import com.aeghash.approval.ApprovalStatus;
import com.aeghash.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcApprovalRequestRepository implements ApprovalRequestRepository {

    private static final String SELECT = """
            SELECT id, kind, subject, payload, reason, status, maker, requested_at, expires_at, checker,
                   decision_note, decided_at, result, result_code, completed_at, updated_at
            FROM approval_requests""";

    private final JdbcClient jdbc;

    JdbcApprovalRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ApprovalRow insert(ApprovalRow row) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO approval_requests (kind, subject, payload, reason, status, maker, requested_at,
                            expires_at, updated_at, open_subject)
                        VALUES (:kind, :subject, :payload, :reason, :status, :maker, :requestedAt, :expiresAt,
                            :updatedAt, :openSubject)""")
                .param("kind", row.kind())
                .param("subject", row.subject())
                .param("payload", row.payload())
                .param("reason", row.reason())
                .param("status", row.status().wireName())
                .param("maker", row.maker())
                .param("requestedAt", SqlTimes.utc(row.requestedAt()))
                .param("expiresAt", SqlTimes.utc(row.expiresAt()))
                .param("updatedAt", SqlTimes.utc(row.updatedAt()))
                .param("openSubject", row.openSubject())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        return find(id).orElseThrow();
    }

    @Override
    public Optional<ApprovalRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(JdbcApprovalRequestRepository::rowOf)
                .optional();
    }

    @Override
    public Optional<ApprovalRow> lock(long id) {
        return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE")
                .param(id)
                .query(JdbcApprovalRequestRepository::rowOf)
                .optional();
    }

    @Override
    public Optional<ApprovalRow> findOpen(String kind, String subject) {
        return jdbc.sql(SELECT + " WHERE open_subject = ?")
                .param(kind + ":" + subject)
                .query(JdbcApprovalRequestRepository::rowOf)
                .optional();
    }

    @Override
    public void update(ApprovalRow row) {
        int updated = jdbc.sql("""
                        UPDATE approval_requests
                        SET status = :status, checker = :checker, decision_note = :decisionNote,
                            decided_at = :decidedAt, result = :result, result_code = :resultCode,
                            completed_at = :completedAt, updated_at = :updatedAt, open_subject = :openSubject
                        WHERE id = :id""")
                .param("status", row.status().wireName())
                .param("checker", row.checker())
                .param("decisionNote", row.decisionNote())
                .param("decidedAt", SqlTimes.utc(row.decidedAt()))
                .param("result", row.result())
                .param("resultCode", row.resultCode())
                .param("completedAt", SqlTimes.utc(row.completedAt()))
                .param("updatedAt", SqlTimes.utc(row.updatedAt()))
                .param("openSubject", row.openSubject())
                .param("id", row.id())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("approval request " + row.id() + " does not exist");
        }
    }

    @Override
    public List<ApprovalRow> list(ApprovalStatus status, long beforeId, int limit) {
        if (status == null) {
            return jdbc.sql(SELECT + " WHERE id < ? ORDER BY id DESC LIMIT ?")
                    .param(beforeId)
                    .param(limit)
                    .query(JdbcApprovalRequestRepository::rowOf)
                    .list();
        }
        return jdbc.sql(SELECT + " WHERE status = ? AND id < ? ORDER BY id DESC LIMIT ?")
                .param(status.wireName())
                .param(beforeId)
                .param(limit)
                .query(JdbcApprovalRequestRepository::rowOf)
                .list();
    }

    @Override
    public List<ApprovalRow> awaitingAfter(String kind, long afterId, int limit) {
        String awaiting = ApprovalStatus.AWAITING_APPROVAL.wireName();
        if (kind == null) {
            return jdbc.sql(SELECT + " WHERE status = ? AND id > ? ORDER BY id LIMIT ?")
                    .params(awaiting, afterId, limit)
                    .query(JdbcApprovalRequestRepository::rowOf)
                    .list();
        }
        return jdbc.sql(SELECT + " WHERE status = ? AND kind = ? AND id > ? ORDER BY id LIMIT ?")
                .params(awaiting, kind, afterId, limit)
                .query(JdbcApprovalRequestRepository::rowOf)
                .list();
    }

    @Override
    public List<String> awaitingKinds() {
        return jdbc.sql("SELECT DISTINCT kind FROM approval_requests WHERE status = ? ORDER BY kind")
                .param(ApprovalStatus.AWAITING_APPROVAL.wireName())
                .query(String.class)
                .list();
    }

    @Override
    public List<Long> expiredAwaiting(Instant now, int limit) {
        return idsOf(ApprovalStatus.AWAITING_APPROVAL, "expires_at <= ?", now, limit);
    }

    @Override
    public List<Long> staleExecuting(Instant updatedBefore, int limit) {
        return idsOf(ApprovalStatus.EXECUTING, "updated_at < ?", updatedBefore, limit);
    }

    /** Ids of the requests in {@code status} whose time column meets {@code condition}, oldest first. */
    private List<Long> idsOf(ApprovalStatus status, String condition, Instant instant, int limit) {
        return jdbc.sql("SELECT id FROM approval_requests WHERE status = ? AND " + condition + " ORDER BY id LIMIT ?")
                .param(status.wireName())
                .param(SqlTimes.utc(instant))
                .param(limit)
                .query(Long.class)
                .list();
    }

    private static ApprovalRow rowOf(ResultSet row, int index) throws SQLException {
        return new ApprovalRow(
                row.getLong("id"),
                row.getString("kind"),
                row.getString("subject"),
                row.getString("payload"),
                row.getString("reason"),
                ApprovalStatus.fromWireName(row.getString("status"))
                        .orElseThrow(() -> new IllegalStateException("unknown approval status in the database")),
                row.getString("maker"),
                SqlTimes.instant(row, "requested_at"),
                SqlTimes.instant(row, "expires_at"),
                new ApprovalRow.Decision(
                        row.getString("checker"),
                        row.getString("decision_note"),
                        SqlTimes.instant(row, "decided_at"),
                        row.getString("result"),
                        row.getString("result_code"),
                        SqlTimes.instant(row, "completed_at")),
                SqlTimes.instant(row, "updated_at"));
    }
}

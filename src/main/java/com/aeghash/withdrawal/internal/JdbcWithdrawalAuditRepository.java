package com.aeghash.withdrawal.internal;

import com.aeghash.common.SqlTimes;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcWithdrawalAuditRepository implements WithdrawalAuditRepository {

    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcWithdrawalAuditRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void append(WithdrawalAuditEntry entry) {
        jdbc.sql("""
                INSERT INTO withdrawal_audit_logs (withdrawal_id, action, actor, status_after, amount, notes, metadata,
                    occurred_at)
                VALUES (:withdrawalId, :action, :actor, :statusAfter, :amount, :notes, :metadata, :occurredAt)""")
                .param("withdrawalId", entry.withdrawalId())
                .param("action", entry.action().wireName())
                .param("actor", entry.actor())
                .param("statusAfter", entry.statusAfter().wireName())
                .param("amount", entry.amount())
                .param("notes", entry.notes(), Types.VARCHAR)
                .param("metadata", json.writeValueAsString(entry.metadata()))
                .param("occurredAt", SqlTimes.utc(entry.occurredAt()))
                .update();
    }

    @Override
    public List<WithdrawalAuditEntry> trailOf(long withdrawalId) {
        return jdbc.sql("SELECT * FROM withdrawal_audit_logs WHERE withdrawal_id = :id ORDER BY id LIMIT :limit")
                .param("id", withdrawalId)
                .param("limit", TRAIL_MAX)
                .query((row, index) -> new WithdrawalAuditEntry(
                        row.getLong("id"),
                        row.getLong("withdrawal_id"),
                        WithdrawalAuditAction.fromWireName(row.getString("action")),
                        row.getString("actor"),
                        WithdrawalStatus.fromWireName(row.getString("status_after"))
                                .orElseThrow(),
                        row.getBigDecimal("amount"),
                        row.getString("notes"),
                        json.readValue(row.getString("metadata"), METADATA),
                        SqlTimes.instant(row, "occurred_at")))
                .list();
    }
}

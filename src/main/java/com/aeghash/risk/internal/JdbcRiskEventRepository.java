package com.aeghash.risk.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.risk.RiskEvent;
import com.aeghash.risk.RiskRule;
import com.aeghash.risk.RiskSeverity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcRiskEventRepository implements RiskEventRepository {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcRiskEventRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public RiskEvent insert(RiskEvent event) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO risk_events (member_id, subject, rule, severity, message, attributes, occurred_at)
                VALUES (:memberId, :subject, :rule, :severity, :message, :attributes, :occurredAt)""")
                .param("memberId", event.memberId())
                .param("subject", event.subject())
                .param("rule", event.rule().wireName())
                .param("severity", event.severity().wireName())
                .param("message", event.message())
                .param("attributes", json.writeValueAsString(event.attributes()))
                .param("occurredAt", SqlTimes.utc(event.occurredAt()))
                .update(keys, "id");
        return event.withId(keys.getKey().longValue());
    }

    @Override
    public List<RiskEvent> find(String memberId, RiskSeverity severity, int offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM risk_events
                WHERE (CAST(:memberId AS VARCHAR) IS NULL OR member_id = :memberId)
                  AND (CAST(:severity AS VARCHAR) IS NULL OR severity = :severity)
                ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("memberId", memberId)
                .param("severity", severity == null ? null : severity.wireName())
                .param("limit", Math.min(Math.max(limit, 1), LIMIT_MAX))
                .param("offset", Math.max(offset, 0))
                .query((row, index) -> eventOf(row))
                .list();
    }

    /** Only the filters given are in the statement: {@code risk_events_by_member} or {@code _by_severity} serves it. */
    @Override
    public List<RiskEvent> findFrom(
            String memberId, RiskSeverity severity, long fromId, boolean newestFirst, int limit) {
        StringBuilder sql =
                new StringBuilder("SELECT * FROM risk_events WHERE id ").append(newestFirst ? "< :from" : "> :from");
        Map<String, Object> params = new HashMap<>();
        params.put("from", fromId);
        params.put("limit", Math.min(Math.max(limit, 1), LIMIT_MAX));
        if (memberId != null) {
            sql.append(" AND member_id = :memberId");
            params.put("memberId", memberId);
        }
        if (severity != null) {
            sql.append(" AND severity = :severity");
            params.put("severity", severity.wireName());
        }
        sql.append(" ORDER BY id ").append(newestFirst ? "DESC" : "ASC").append(" LIMIT :limit");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((row, index) -> eventOf(row))
                .list();
    }

    private RiskEvent eventOf(ResultSet row) throws SQLException {
        return new RiskEvent(
                row.getLong("id"),
                row.getString("member_id"),
                row.getString("subject"),
                RiskRule.fromWireName(row.getString("rule")),
                RiskSeverity.fromWireName(row.getString("severity")).orElseThrow(),
                row.getString("message"),
                json.readValue(row.getString("attributes"), ATTRIBUTES),
                SqlTimes.instant(row, "occurred_at"));
    }
}

package com.aeghash.mining.internal.procurement;

import com.aeghash.common.SqlTimes;
import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProcurementRepository implements ProcurementRepository {

    private static final String SELECT = """
            SELECT id, credit_amount, status, requested_by, reason, approval_request_id, approved_by, charge_id,
                   deposit_address, payment_amount, price, coin, payment_txid, credit, swap_id, power, phase_started_at, checks,
                   next_check_at, needs_operator, failure_reason, created_at, updated_at
            FROM mining_procurements""";
    private static final String FINAL_STATUSES = Arrays.stream(ProcurementStatus.values())
            .filter(ProcurementStatus::isFinal)
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcProcurementRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Procurement insert(BigDecimal creditAmount, String requestedBy, String reason, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        named.update(
                """
                INSERT INTO mining_procurements (credit_amount, status, requested_by, reason, created_at, updated_at)
                VALUES (:creditAmount, :status, :requestedBy, :reason, :now, :now)""",
                new MapSqlParameterSource()
                        .addValue("creditAmount", creditAmount)
                        .addValue("status", ProcurementStatus.AWAITING_APPROVAL.name())
                        .addValue("requestedBy", requestedBy)
                        .addValue("reason", reason)
                        .addValue("now", SqlTimes.utc(now)),
                keys,
                new String[] {"id"});
        long id = keys.getKey().longValue();
        addStep(id, ProcurementStatus.AWAITING_APPROVAL, requestedBy, "requested " + creditAmount.toPlainString(), now);
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Procurement> find(long id) {
        return jdbc.query(SELECT + " WHERE id = ?", (row, index) -> procurementOf(row), id).stream()
                .findFirst();
    }

    @Override
    public Optional<Procurement> lock(long id) {
        return jdbc.query(SELECT + " WHERE id = ? FOR UPDATE", (row, index) -> procurementOf(row), id).stream()
                .findFirst();
    }

    @Override
    public Procurement apply(Procurement current, ProcurementChange change, Instant now) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("id", current.id())
                .addValue("status", change.status().name())
                .addValue("now", SqlTimes.utc(now));
        StringBuilder set = new StringBuilder("status = :status, updated_at = :now");
        for (Map.Entry<ProcurementChange.Column, Object> column :
                change.columns().entrySet()) {
            String name = column.getKey().sqlName();
            set.append(", ").append(name).append(" = :").append(name);
            Object value = column.getValue() instanceof Instant instant ? SqlTimes.utc(instant) : column.getValue();
            parameters.addValue(name, value);
        }
        named.update("UPDATE mining_procurements SET " + set + " WHERE id = :id", parameters);
        if (change.status() != current.status()) {
            addStep(current.id(), change.status(), change.actor(), change.detail(), now);
        }
        return find(current.id()).orElseThrow();
    }

    private void addStep(long id, ProcurementStatus status, String actor, String detail, Instant now) {
        jdbc.update("""
                INSERT INTO mining_procurement_steps (procurement_id, status, actor, detail, recorded_at)
                VALUES (?, ?, ?, ?, ?)""", id, status.name(), actor, truncate(detail), SqlTimes.utc(now));
    }

    @Override
    public List<Procurement.Step> steps(long id) {
        return jdbc.query(
                """
                SELECT status, actor, detail, recorded_at FROM mining_procurement_steps
                WHERE procurement_id = ? ORDER BY id""",
                (row, index) -> new Procurement.Step(
                        ProcurementStatus.valueOf(row.getString("status")),
                        row.getString("actor"),
                        row.getString("detail"),
                        SqlTimes.instant(row, "recorded_at")),
                id);
    }

    @Override
    public List<Procurement> list(ProcurementStatus status, long beforeId, int limit) {
        return status == null
                ? jdbc.query(
                        SELECT + " WHERE id < ? ORDER BY id DESC LIMIT ?",
                        (row, index) -> procurementOf(row),
                        beforeId,
                        limit)
                : jdbc.query(
                        SELECT + " WHERE status = ? AND id < ? ORDER BY id DESC LIMIT ?",
                        (row, index) -> procurementOf(row),
                        status.name(),
                        beforeId,
                        limit);
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return jdbc.queryForList(
                "SELECT id FROM mining_procurements WHERE status NOT IN (" + FINAL_STATUSES + ")"
                        + " AND needs_operator = FALSE AND (next_check_at IS NULL OR next_check_at <= ?)"
                        + " ORDER BY id LIMIT ?",
                Long.class,
                SqlTimes.utc(now),
                limit);
    }

    @Override
    public boolean chargeIdTaken(String chargeId) {
        return taken("charge_id", chargeId);
    }

    @Override
    public boolean swapIdTaken(String swapId) {
        return taken("swap_id", swapId);
    }

    private boolean taken(String column, String value) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM mining_procurements WHERE " + column + " = ?", Integer.class, value);
        return count != null && count > 0;
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    private static Procurement procurementOf(ResultSet row) throws SQLException {
        long approval = row.getLong("approval_request_id");
        Long approvalRequestId = row.wasNull() ? null : approval;
        return new Procurement(
                row.getLong("id"),
                row.getBigDecimal("credit_amount"),
                ProcurementStatus.valueOf(row.getString("status")),
                row.getString("requested_by"),
                row.getString("reason"),
                approvalRequestId,
                row.getString("approved_by"),
                row.getString("charge_id"),
                row.getString("deposit_address"),
                row.getBigDecimal("payment_amount"),
                row.getBigDecimal("price"),
                row.getString("coin"),
                row.getString("payment_txid"),
                row.getBigDecimal("credit"),
                row.getString("swap_id"),
                row.getBigDecimal("power"),
                SqlTimes.instant(row, "phase_started_at"),
                row.getInt("checks"),
                SqlTimes.instant(row, "next_check_at"),
                row.getBoolean("needs_operator"),
                row.getString("failure_reason"),
                SqlTimes.instant(row, "created_at"),
                SqlTimes.instant(row, "updated_at"),
                List.of());
    }
}

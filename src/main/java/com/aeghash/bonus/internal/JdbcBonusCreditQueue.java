package com.aeghash.bonus.internal;

import com.aeghash.common.SqlTimes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The credit queue over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. A batch is at most
 * {@link BonusCreditProperties#BATCH_ORDERS_MAX} orders, so its IN lists stay short.
 */
@Repository
class JdbcBonusCreditQueue implements BonusCreditQueue {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcBonusCreditQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public void enqueue(String orderReference, Instant queuedAt) {
        jdbc.update(
                "INSERT INTO bonus_credit_queue (order_reference, queued_at) VALUES (?, ?)",
                orderReference,
                SqlTimes.utc(queuedAt));
    }

    @Override
    public List<String> claim(int limit) {
        return jdbc.queryForList(
                "SELECT order_reference FROM bonus_credit_queue LIMIT ? FOR UPDATE SKIP LOCKED", String.class, limit);
    }

    @Override
    public Map<String, BigDecimal> creditsOf(List<String> orderReferences) {
        Map<String, BigDecimal> credits = new TreeMap<>();
        named.query("""
                SELECT beneficiary_member_id, SUM(amount) AS credit FROM bonus_entries
                WHERE order_reference IN (:orders) GROUP BY beneficiary_member_id""", Map.of("orders", orderReferences), row -> {
            credits.put(row.getString("beneficiary_member_id"), row.getBigDecimal("credit"));
        });
        return credits;
    }

    @Override
    public long nextBatchNumber() {
        Long next = jdbc.queryForObject("SELECT nextval('bonus_credit_batches')", Long.class);
        if (next == null) {
            throw new IllegalStateException("sequence bonus_credit_batches returned nothing");
        }
        return next;
    }

    @Override
    public void remove(List<String> orderReferences) {
        named.update(
                "DELETE FROM bonus_credit_queue WHERE order_reference IN (:orders)", Map.of("orders", orderReferences));
    }
}

package com.aeghash.bonus.internal;

import com.aeghash.common.SqlTimes;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The credit queue over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. A batch is at most
 * {@link BonusCreditProperties#BATCH_ORDERS_MAX} orders, passed as one array parameter.
 */
@Repository
class JdbcBonusCreditQueue implements BonusCreditQueue {

    /** Order references per entry lookup: small enough for an index plan without statistics. */
    static final int REFERENCES_PER_LOOKUP = 10;

    private final JdbcTemplate jdbc;

    JdbcBonusCreditQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /**
     * At most {@value #REFERENCES_PER_LOOKUP} references per statement, each chunk one array parameter of the same
     * statement text (prepared once), the chunks' sums added up per beneficiary. Why chunks: PostgreSQL plans
     * {@code order_reference = ANY(?)} by its statistics, and without any (a table never analyzed, e.g. with
     * autovacuum off) a batch of about 30 references or more was planned as a sequential scan of all bonus entries;
     * up to 10 it stays on the index whatever the statistics say (V156 keeps the estimate right once analyzed).
     */
    @Override
    public Map<String, BigDecimal> creditsOf(List<String> orderReferences) {
        Map<String, BigDecimal> credits = new TreeMap<>();
        for (int start = 0; start < orderReferences.size(); start += REFERENCES_PER_LOOKUP) {
            List<String> chunk =
                    orderReferences.subList(start, Math.min(orderReferences.size(), start + REFERENCES_PER_LOOKUP));
            jdbc.query("""
                    SELECT beneficiary_member_id, SUM(amount) AS credit FROM bonus_entries
                    WHERE order_reference = ANY(?) GROUP BY beneficiary_member_id""", statement -> statement.setArray(1, references(statement, chunk)), row -> {
                credits.merge(row.getString("beneficiary_member_id"), row.getBigDecimal("credit"), BigDecimal::add);
            });
        }
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
        jdbc.update(
                "DELETE FROM bonus_credit_queue WHERE order_reference = ANY(?)",
                statement -> statement.setArray(1, references(statement, orderReferences)));
    }

    private static Array references(PreparedStatement statement, List<String> orderReferences) throws SQLException {
        return statement.getConnection().createArrayOf("varchar", orderReferences.toArray());
    }
}

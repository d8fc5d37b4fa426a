package com.aeghash.partner.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.SqlTimes;
import com.aeghash.partner.PartnerHourTotal;
import com.aeghash.partner.PartnerStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hourly partner order counts grouped in SQL (hour = epoch seconds of {@code paid_at} divided by 3,600). */
@Repository
class JdbcPartnerStatistics implements PartnerStatistics {

    private final JdbcClient jdbc;

    JdbcPartnerStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PartnerHourTotal> hourlyOrders(Instant from, Instant to) {
        if (from == null
                || to == null
                || !from.isBefore(to)
                || Duration.between(from, to).toHours() > HOURS_MAX) {
            throw ApiException.validation("to", "must be after from and at most " + HOURS_MAX + " hours later");
        }
        return jdbc.sql("""
                SELECT hour_number, partner_id, COUNT(*) AS orders,
                       SUM(CASE WHEN status = 'REFUNDED' THEN 1 ELSE 0 END) AS refunded FROM (
                  SELECT CAST(FLOOR(EXTRACT(EPOCH FROM paid_at) / 3600) AS BIGINT) AS hour_number, partner_id, status
                  FROM partner_orders WHERE paid_at >= :from AND paid_at < :to) paid
                GROUP BY hour_number, partner_id
                ORDER BY hour_number, partner_id""")
                .param("from", SqlTimes.utc(from))
                .param("to", SqlTimes.utc(to))
                .query((row, index) -> new PartnerHourTotal(
                        Instant.ofEpochSecond(row.getLong("hour_number") * 3600),
                        row.getString("partner_id"),
                        row.getLong("orders"),
                        row.getLong("refunded")))
                .list();
    }
}

package com.aeghash.withdrawal.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.SqlTimes;
import com.aeghash.withdrawal.WithdrawalDayTotal;
import com.aeghash.withdrawal.WithdrawalStatistics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Daily withdrawal totals grouped in SQL (day = epoch seconds shifted by the offset, divided by 86,400). */
@Repository
class JdbcWithdrawalStatistics implements WithdrawalStatistics {

    private final JdbcClient jdbc;

    JdbcWithdrawalStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WithdrawalDayTotal> dailyTotals(Instant from, Instant to, ZoneOffset offset) {
        if (from == null
                || to == null
                || !from.isBefore(to)
                || Duration.between(from, to).toDays() > DAYS_MAX) {
            throw ApiException.validation("to", "must be after from and at most " + DAYS_MAX + " days later");
        }
        return jdbc.sql("""
                SELECT day_number, status, asset, COUNT(*) AS requests, SUM(amount) AS total FROM (
                  SELECT CAST(FLOOR((EXTRACT(EPOCH FROM created_at) + :offset) / 86400) AS BIGINT) AS day_number,
                         status, asset, amount
                  FROM withdrawal_requests WHERE created_at >= :from AND created_at < :to) requested
                GROUP BY day_number, status, asset
                ORDER BY day_number, status, asset""")
                .param("offset", offset.getTotalSeconds())
                .param("from", SqlTimes.utc(from))
                .param("to", SqlTimes.utc(to))
                .query((row, index) -> new WithdrawalDayTotal(
                        LocalDate.ofEpochDay(row.getLong("day_number")),
                        row.getString("status"),
                        row.getString("asset"),
                        row.getLong("requests"),
                        row.getBigDecimal("total")))
                .list();
    }
}

package com.aeghash.partner.internal.orders;

import com.aeghash.common.SqlTimes;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * {@code partner_orders} over SQL. The insert is {@code ON CONFLICT DO NOTHING}: on PostgreSQL a concurrent
 * insert of the same order waits for the other transaction and then inserts nothing, so exactly one wins.
 */
@Repository
class JdbcPartnerOrderRepository implements PartnerOrderRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcPartnerOrderRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public Optional<Long> insertPaid(PartnerOrder order) {
        KeyHolder generated = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                INSERT INTO partner_orders (partner_id, order_id, member_id, total_amount, pv_amount, channel, metadata,
                    status, bonus_entries, bonus_total, paid_at, updated_at)
                VALUES (:partner, :order, :member, :total, :pv, :channel, :metadata, 'PAID', 0, 0, :paidAt, :paidAt)
                ON CONFLICT DO NOTHING""")
                .param("partner", order.partnerId())
                .param("order", order.orderId())
                .param("member", order.memberId())
                .param("total", order.totalAmount())
                .param("pv", order.pvAmount())
                .param("channel", order.channel())
                .param("metadata", order.metadata())
                .param("paidAt", SqlTimes.utc(order.paidAt()))
                .update(generated, "id");
        return inserted == 1 ? Optional.of(generated.getKey().longValue()) : Optional.empty();
    }

    @Override
    public void insertLines(long orderId, List<PricedLine> lines) {
        batch.batchUpdate(
                """
                INSERT INTO partner_order_lines (partner_order_id, line_no, sku, quantity, unit_pv, line_pv, unit_price,
                    price_currency, product_version, bonus_plan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                lines.stream()
                        .map(line -> new Object[] {
                            orderId,
                            line.lineNo(),
                            line.line().sku(),
                            line.line().quantity(),
                            line.product().pvAmount(),
                            line.linePv(),
                            line.product().price().amount(),
                            line.product().price().currency(),
                            line.product().version(),
                            line.product().bonusPlan()
                        })
                        .toList());
    }

    @Override
    public void recordBonus(long id, int bonusEntries, BigDecimal bonusTotal, Instant now) {
        jdbc.sql("UPDATE partner_orders SET bonus_entries = :entries, bonus_total = :total, updated_at = :now"
                        + " WHERE id = :id")
                .param("entries", bonusEntries)
                .param("total", bonusTotal)
                .param("now", SqlTimes.utc(now))
                .param("id", id)
                .update();
    }

    @Override
    public Optional<PartnerOrder> findForUpdate(String partnerId, String orderId) {
        return jdbc.sql("""
                SELECT id, partner_id, order_id, member_id, total_amount, pv_amount, channel, metadata, status,
                       bonus_entries, bonus_total, paid_at, refunded_at
                FROM partner_orders WHERE partner_id = :partner AND order_id = :order FOR UPDATE""")
                .param("partner", partnerId)
                .param("order", orderId)
                .query(JdbcPartnerOrderRepository::order)
                .optional();
    }

    @Override
    public boolean markRefunded(long id, Instant refundedAt) {
        return jdbc.sql("""
                UPDATE partner_orders SET status = 'REFUNDED', refunded_at = :at, updated_at = :at
                WHERE id = :id AND status = 'PAID'""")
                        .param("at", SqlTimes.utc(refundedAt))
                        .param("id", id)
                        .update()
                == 1;
    }

    private static PartnerOrder order(ResultSet row, int index) throws SQLException {
        return new PartnerOrder(
                row.getLong("id"),
                row.getString("partner_id"),
                row.getString("order_id"),
                row.getString("member_id"),
                row.getBigDecimal("total_amount"),
                row.getBigDecimal("pv_amount"),
                row.getString("channel"),
                row.getString("metadata"),
                PartnerOrderStatus.valueOf(row.getString("status")),
                row.getInt("bonus_entries"),
                row.getBigDecimal("bonus_total"),
                SqlTimes.instant(row, "paid_at"),
                SqlTimes.instant(row, "refunded_at"));
    }
}

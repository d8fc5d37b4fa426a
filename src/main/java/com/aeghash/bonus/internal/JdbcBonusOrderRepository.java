package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.common.SqlTimes;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Orders and bonus entries over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcBonusOrderRepository implements BonusOrderRepository {

    static final String ENTRY_COLUMNS = """
            id, order_reference, bonus_type, bonus_plan, tree_level, beneficiary_member_id, source_member_id, pv_amount,
            percentage, amount, status, created_at, closing_id""";
    private final JdbcTemplate jdbc;

    public JdbcBonusOrderRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertOrder(PaidOrder order, int entryCount, BigDecimal bonusTotal, Instant distributedAt) {
        return jdbc.update(
                        """
                INSERT INTO bonus_orders (order_reference, buyer_member_id, pv_amount, paid_at, entry_count,
                    bonus_total, distributed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                        order.orderReference(),
                        order.buyerMemberId(),
                        order.pvAmount(),
                        SqlTimes.utc(order.paidAt()),
                        entryCount,
                        bonusTotal,
                        SqlTimes.utc(distributedAt))
                == 1;
    }

    @Override
    public Optional<StoredOrder> findOrder(String orderReference) {
        return jdbc
                .query(
                        """
                SELECT order_reference, buyer_member_id, pv_amount, paid_at, refunded_at, entry_count, bonus_total
                FROM bonus_orders WHERE order_reference = ?""",
                        (row, index) -> new StoredOrder(
                                row.getString("order_reference"),
                                row.getString("buyer_member_id"),
                                row.getBigDecimal("pv_amount"),
                                SqlTimes.instant(row, "paid_at"),
                                SqlTimes.instant(row, "refunded_at"),
                                row.getInt("entry_count"),
                                row.getBigDecimal("bonus_total")),
                        orderReference)
                .stream()
                .findFirst();
    }

    @Override
    public void insertEntries(PaidOrder order, List<PlannedEntry> entries, Instant createdAt) {
        if (entries.isEmpty()) {
            return;
        }
        OffsetDateTime at = SqlTimes.utc(createdAt);
        MultiRowInsert.insert(
                jdbc,
                """
                INSERT INTO bonus_entries (order_reference, bonus_type, bonus_plan, tree_level, beneficiary_member_id,
                    source_member_id, pv_amount, percentage, amount, status, created_at)""",
                entries.stream()
                        .map(planned -> planned.pendingOf(order, 0, createdAt))
                        .map(entry -> new Object[] {
                            entry.orderReference(),
                            entry.type().name(),
                            entry.plan(),
                            entry.level(),
                            entry.beneficiaryMemberId(),
                            entry.sourceMemberId(),
                            entry.pvAmount(),
                            entry.percentage(),
                            entry.amount(),
                            entry.status().name(),
                            at
                        })
                        .toList());
    }

    @Override
    public boolean markRefunded(String orderReference, Instant refundedAt) {
        return jdbc.update(
                        "UPDATE bonus_orders SET refunded_at = ? WHERE order_reference = ? AND refunded_at IS NULL",
                        SqlTimes.utc(refundedAt),
                        orderReference)
                == 1;
    }

    @Override
    public List<BonusEntry> entriesOfOrder(String orderReference) {
        return jdbc.query(
                "SELECT " + ENTRY_COLUMNS + " FROM bonus_entries WHERE order_reference = ? ORDER BY id",
                JdbcBonusOrderRepository::entry,
                orderReference);
    }

    /** One index range per status (the closing's index), merged newest first. */
    @Override
    public List<BonusEntry> entriesOfBeneficiary(String memberId, long beforeId, int limit) {
        String perStatus = "(SELECT " + ENTRY_COLUMNS + " FROM bonus_entries WHERE status = ? AND "
                + "beneficiary_member_id = ? AND id < ? ORDER BY id DESC LIMIT ?)";
        String sql = "SELECT * FROM ("
                + String.join(" UNION ALL ", Collections.nCopies(BonusEntryStatus.values().length, perStatus))
                + ") entries ORDER BY id DESC LIMIT ?";
        List<Object> parameters = new ArrayList<>();
        for (BonusEntryStatus status : BonusEntryStatus.values()) {
            parameters.addAll(List.of(status.name(), memberId, beforeId, limit));
        }
        parameters.add(limit);
        return jdbc.query(sql, JdbcBonusOrderRepository::entry, parameters.toArray());
    }

    static BonusEntry entry(ResultSet row, int index) throws SQLException {
        Long closingId = row.getObject("closing_id") == null ? null : row.getLong("closing_id");
        return new BonusEntry(
                row.getLong("id"),
                row.getString("order_reference"),
                BonusType.valueOf(row.getString("bonus_type")),
                row.getString("bonus_plan"),
                row.getInt("tree_level"),
                row.getString("beneficiary_member_id"),
                row.getString("source_member_id"),
                row.getBigDecimal("pv_amount"),
                row.getBigDecimal("percentage"),
                row.getBigDecimal("amount"),
                BonusEntryStatus.valueOf(row.getString("status")),
                SqlTimes.instant(row, "created_at"),
                closingId);
    }
}

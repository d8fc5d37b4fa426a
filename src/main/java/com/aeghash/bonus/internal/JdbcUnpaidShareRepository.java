package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.UnpaidBonus;
import com.aeghash.bonus.UnpaidBonuses;
import com.aeghash.bonus.UnpaidReason;
import com.aeghash.common.SqlTimes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The unpaid shares of orders ({@code bonus_unpaid_shares}); identical statements on H2 and PostgreSQL. */
@Repository
class JdbcUnpaidShareRepository implements UnpaidBonuses {

    private final JdbcTemplate jdbc;

    JdbcUnpaidShareRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One multi-row insert, in the order's transaction; nothing for an empty list. */
    void insert(String orderReference, List<UnpaidShare> shares, Instant createdAt) {
        if (shares.isEmpty()) {
            return;
        }
        OffsetDateTime at = SqlTimes.utc(createdAt);
        MultiRowInsert.insert(
                jdbc,
                """
                INSERT INTO bonus_unpaid_shares (order_reference, bonus_plan, bonus_type, tree_level,
                    beneficiary_member_id, beneficiary_rank, reason, pv_amount, percentage, amount, created_at)""",
                shares.stream()
                        .map(share -> new Object[] {
                            orderReference,
                            share.plan(),
                            share.type().name(),
                            share.level(),
                            share.beneficiaryMemberId(),
                            share.beneficiaryRank() == null
                                    ? null
                                    : share.beneficiaryRank().name(),
                            share.reason().code(),
                            share.pvAmount(),
                            share.percentage(),
                            share.amount(),
                            at
                        })
                        .toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnpaidBonus> unpaidOf(String orderReference) {
        return jdbc.query(
                """
                SELECT order_reference, bonus_plan, bonus_type, tree_level, beneficiary_member_id, beneficiary_rank,
                    reason, pv_amount, percentage, amount, created_at
                FROM bonus_unpaid_shares WHERE order_reference = ? ORDER BY bonus_plan, bonus_type, tree_level""",
                (row, number) -> new UnpaidBonus(
                        row.getString("order_reference"),
                        row.getString("bonus_plan"),
                        BonusType.valueOf(row.getString("bonus_type")),
                        row.getInt("tree_level"),
                        row.getString("beneficiary_member_id"),
                        row.getString("beneficiary_rank"),
                        UnpaidReason.ofCode(row.getString("reason")),
                        row.getBigDecimal("pv_amount"),
                        row.getBigDecimal("percentage"),
                        row.getBigDecimal("amount"),
                        SqlTimes.instant(row, "created_at")),
                orderReference);
    }
}

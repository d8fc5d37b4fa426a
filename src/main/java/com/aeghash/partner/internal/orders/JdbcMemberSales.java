package com.aeghash.partner.internal.orders;

import com.aeghash.partner.MemberSales;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link MemberSales} over {@code partner_orders}: one aggregate query per member. */
@Repository
class JdbcMemberSales implements MemberSales {

    private final JdbcClient jdbc;

    JdbcMemberSales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PaidSales paidSalesOf(String memberId) {
        return jdbc.sql("""
                SELECT COUNT(*) AS orders, COALESCE(SUM(total_amount), 0) AS total_amount,
                    COALESCE(SUM(pv_amount), 0) AS pv_amount
                FROM partner_orders
                WHERE member_id = :member AND status = 'PAID'""")
                .param("member", memberId)
                .query((row, number) -> new PaidSales(
                        row.getLong("orders"), row.getBigDecimal("total_amount"), row.getBigDecimal("pv_amount")))
                .single();
    }
}

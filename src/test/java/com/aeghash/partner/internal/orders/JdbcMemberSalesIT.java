package com.aeghash.partner.internal.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.SqlTimes;
import com.aeghash.partner.MemberSales;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The member sales query on a migrated database of each kind: paid orders of every partner count, refunded ones
 * do not.
 */
@OnEachDatabase
class JdbcMemberSalesIT {

    private static final Instant PAID_AT = Instant.parse("2026-11-20T09:00:00Z");

    @Parameter
    TestDatabases.Kind kind;

    @RegisterExtension
    static final TestDatabaseScope databases = TestDatabaseScope.wholeClass();

    private JdbcClient jdbc;
    private MemberSales sales;

    @BeforeEach
    void setUp() {
        jdbc = JdbcClient.create(databases.open(kind));
        sales = new JdbcMemberSales(jdbc);
    }

    @Test
    void paidOrdersOfEveryPartnerAddUpAndRefundedOnesDoNot() {
        order("aegmall", "o-1", "buyer", "150.5", "100", null);
        order("othershop", "o-1", "buyer", "49.5", "40.25", null);
        order("aegmall", "o-2", "buyer", "1000", "900", PAID_AT.plusSeconds(60));
        order("aegmall", "o-3", "someone-else", "70", "70", null);

        MemberSales.PaidSales buyer = sales.paidSalesOf("buyer");

        assertThat(buyer.orders()).isEqualTo(2);
        assertThat(buyer.totalAmount()).isEqualByComparingTo("200");
        assertThat(buyer.pvAmount()).isEqualByComparingTo("140.25");
    }

    @Test
    void aMemberWithoutOrdersHasNoSales() {
        MemberSales.PaidSales none = sales.paidSalesOf("nobody");

        assertThat(none.orders()).isZero();
        assertThat(none.totalAmount()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(none.pvAmount()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private void order(String partner, String orderId, String member, String total, String pv, Instant refundedAt) {
        jdbc.sql("""
                INSERT INTO partner_orders (partner_id, order_id, member_id, total_amount, pv_amount, channel, status,
                    bonus_entries, bonus_total, paid_at, refunded_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'web', ?, 0, 0, ?, ?, ?)""")
                .params(
                        partner,
                        orderId,
                        member,
                        new BigDecimal(total),
                        new BigDecimal(pv),
                        refundedAt == null ? "PAID" : "REFUNDED",
                        SqlTimes.utc(PAID_AT),
                        refundedAt == null ? null : SqlTimes.utc(refundedAt),
                        SqlTimes.utc(PAID_AT))
                .update();
    }
}

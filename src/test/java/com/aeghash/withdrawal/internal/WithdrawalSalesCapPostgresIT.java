package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.SqlTimes;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The platform rule "cumulative POINT withdrawals at most 300 % of the member's own sales", end to end on
 * PostgreSQL with the real sales read (paid AEGMALL orders), including two requests that each fit alone but
 * not together, sent at the same instant.
 */
@WithdrawalPostgresIntegrationTest
@TestPropertySource(properties = "aeghash.risk.sales-cap.percent=300")
class WithdrawalSalesCapPostgresIT extends WithdrawalApiTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void withdrawalsBeyondThreeTimesTheSalesAreBlockedEvenWhenRequestedAtTheSameInstant() throws Exception {
        String member = TestIds.member();
        api.fund(member, "POINT", "1000");
        paidOrder(member, "100"); // cap: 300 POINT
        paidOrder(member, "900", "REFUNDED"); // refunded sales do not count

        List<ApiClient.Response> racing = Concurrently.run(2, caller -> api.request(member, "POINT", "200", ""));

        assertThat(racing).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(201, 422);
        ApiClient.Response blocked = racing.stream()
                .filter(response -> response.status() == 422)
                .findFirst()
                .orElseThrow();
        assertThat(blocked.json().path("code").asString()).isEqualTo("risk_rejected");
        assertThat(api.request(member, "POINT", "100", "").status())
                .as("200 + 100 = the cap")
                .isEqualTo(201);
        assertThat(api.request(member, "POINT", "1", "").status())
                .as("over the cap")
                .isEqualTo(422);
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("300");
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("700");
    }

    private void paidOrder(String member, String pv) {
        paidOrder(member, pv, "PAID");
    }

    private void paidOrder(String member, String pv, String status) {
        jdbc.sql("""
                INSERT INTO partner_orders (partner_id, order_id, member_id, total_amount, pv_amount, channel,
                    status, bonus_entries, bonus_total, paid_at, refunded_at, updated_at)
                VALUES ('shop', :orderId, :member, :pv, :pv, 'web', :status, 0, 0, :now,
                    CASE WHEN :status = 'REFUNDED' THEN CAST(:now AS TIMESTAMP WITH TIME ZONE) END, :now)""")
                .param("orderId", TestIds.unique("cap-order"))
                .param("member", member)
                .param("pv", new BigDecimal(pv))
                .param("status", status)
                .param("now", SqlTimes.utc(Instant.now()))
                .update();
    }
}

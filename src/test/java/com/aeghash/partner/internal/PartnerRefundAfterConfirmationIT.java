package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusCredits;
import com.aeghash.bonus.BonusDebts;
import com.aeghash.bonus.BonusOperations;
import com.aeghash.ledger.Asset;
import com.aeghash.rank.Rank;
import com.aeghash.rank.internal.RankScenario;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Partner refunds and the refund window through HTTP on the real bonus engine: a refund past the window is a 422 that
 * changes nothing; a refund after the closing claws the confirmed bonuses back and the buyer's rank is recomputed
 * (and lowered) by the rank module from the same {@code PartnerOrderRefunded} event as before.
 */
@IntegrationTest
@WithTestPartners
class PartnerRefundAfterConfirmationIT extends PartnerApiTest {

    @Autowired
    private BonusCredits credits;

    @Autowired
    private BonusOperations bonusOperations;

    @Autowired
    private BonusDebts debts;

    @Autowired
    private ApplicationContext context;

    @Test
    void aRefundPastTheWindowIsA422AndTheOrderStaysPaid() {
        String orderId = TestIds.unique("o");
        PartnerMembers.Buyer buyer = members.buyer();
        assertThat(send(order(orderId, buyer.memberId(), "120.00"), TestIds.unique("idem"))
                        .statusCode())
                .isEqualTo(201);
        paidAgo(orderId, Duration.ofDays(60).plusMinutes(1));
        String key = TestIds.unique("idem");

        HttpResponse<String> refused = refund(orderId, key);
        HttpResponse<String> again = refund(orderId, key);

        assertThat(refused.statusCode()).as("%s", refused.body()).isEqualTo(422);
        assertThat(code(refused)).isEqualTo("refund_window_closed");
        assertThat(again.body()).as("the key keeps its answer").isEqualTo(refused.body());
        assertThat(jdbc.sql("SELECT status FROM partner_orders WHERE partner_id = 'shop' AND order_id = :order")
                        .param("order", orderId)
                        .query(String.class)
                        .single())
                .isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bonus_orders WHERE order_reference = :reference"
                                + " AND refunded_at IS NULL")
                        .param("reference", "shop:" + orderId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        credits.postOutstanding();
        assertThat(ledger.balancesOf(buyer.upline(1)).of(Asset.POINT).pending())
                .as("the bonuses stay pending")
                .isEqualByComparingTo("31");
    }

    @Test
    void aRefundAfterTheClosingClawsBackTheBonusesAndLowersTheBuyersRank() {
        RankScenario ranks = new RankScenario(context);
        String orderId = TestIds.unique("o");
        PartnerMembers.Buyer buyer = members.buyer();
        assertThat(send(order(orderId, buyer.memberId(), "200.00"), TestIds.unique("idem"))
                        .statusCode())
                .isEqualTo(201);
        ranks.settle();
        assertThat(ranks.rank(buyer.memberId())).as("200 USD of own sales").isEqualTo(Rank.D0);
        paidAgo(orderId, Duration.ofDays(3));
        bonusOperations.close(Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1), "finance");
        assertThat(statuses(orderId)).containsOnly("CONFIRMED");
        assertThat(ledger.balancesOf(buyer.upline(1)).of(Asset.POINT).available())
                .isEqualByComparingTo("31");

        HttpResponse<String> refunded = refund(orderId, TestIds.unique("idem"));

        assertThat(refunded.statusCode()).as("%s", refunded.body()).isEqualTo(200);
        assertThat(statuses(orderId)).containsOnly("CLAWED_BACK");
        assertThat(ledger.balancesOf(buyer.upline(1)).of(Asset.POINT).available())
                .isEqualByComparingTo("0");
        assertThat(debts.debtOf(buyer.upline(1))).isEqualByComparingTo("0");
        assertThat(debts.clawbacksOfOrder("shop:" + orderId)).hasSize(PartnerMembers.ENTRIES_PER_ORDER);
        ranks.settle();
        assertThat(ranks.rank(buyer.memberId())).as("no own sales left").isEqualTo(Rank.FREE);
    }

    private void paidAgo(String orderId, Duration ago) {
        Instant paidAt = Instant.now().minus(ago);
        jdbc.sql("UPDATE partner_orders SET paid_at = :paid WHERE partner_id = 'shop' AND order_id = :order")
                .param("paid", java.sql.Timestamp.from(paidAt))
                .param("order", orderId)
                .update();
        jdbc.sql("UPDATE bonus_orders SET paid_at = :paid WHERE order_reference = :reference")
                .param("paid", java.sql.Timestamp.from(paidAt))
                .param("reference", "shop:" + orderId)
                .update();
    }

    private List<String> statuses(String orderId) {
        return jdbc.sql("SELECT status FROM bonus_entries WHERE order_reference = :reference")
                .param("reference", "shop:" + orderId)
                .query(String.class)
                .list();
    }

    private HttpResponse<String> refund(String orderId, String key) {
        return client.post(TestPartners.SHOP, ORDERS + "/" + orderId + "/refund", "{\"reason\":\"returned\"}", key)
                .send();
    }

    private static String order(String orderId, String member, String total) {
        return "{\"orderId\":\"" + orderId + "\",\"memberId\":\"" + member + "\",\"totalAmount\":\"" + total
                + "\",\"pvAmount\":\"100\",\"channel\":\"web\"}";
    }
}

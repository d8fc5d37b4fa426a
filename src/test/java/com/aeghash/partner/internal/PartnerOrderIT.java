package com.aeghash.partner.internal;

import static com.aeghash.partner.internal.PartnerIdempotencyIT.order;
import static com.aeghash.partner.internal.PartnerIdempotencyIT.reference;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusCredits;
import com.aeghash.ledger.Asset;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.OrganizationQueries;
import com.aeghash.organization.Tree;
import com.aeghash.partner.internal.orders.OrderRequest;
import com.aeghash.partner.internal.orders.PartnerOrderService;
import com.aeghash.partner.internal.settings.PartnerRegistry;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Partner orders and refunds through HTTP on the real bonus engine and organization: stored once, bonuses
 * distributed once, limits and validation.
 */
@IntegrationTest
@WithTestPartners
class PartnerOrderIT extends PartnerApiTest {

    @Autowired
    private BonusCredits credits;

    @Autowired
    private PartnerOrderService orderService;

    @Autowired
    private PartnerRegistry registry;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private OrganizationQueries organization;

    private double createdOrders() {
        Counter counter = meters.find(PartnerOrderService.ORDERS_METRIC)
                .tags("partner", "shop", "event", "created")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void paidOrderIsStoredAndItsBonusesDistributedInTheSameTransaction() {
        String orderId = TestIds.unique("o");
        PartnerMembers.Buyer buyer = members.buyer();

        HttpResponse<String> response = send(order(orderId, buyer.memberId()), TestIds.unique("idem"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("orderId").stringValue()).isEqualTo(orderId);
        assertThat(body.get("status").stringValue()).isEqualTo("created");
        assertThat(body.get("bonusEntries").intValue()).isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
        assertThat(body.get("bonusTotal").stringValue())
                .as("50 percent referral + 20 percent sponsor of 100 PV")
                .isEqualTo("70");
        Map<String, Object> row = jdbc.sql(
                        "SELECT * FROM partner_orders WHERE partner_id = 'shop' AND order_id = :order")
                .param("order", orderId)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("status", "PAID")
                .containsEntry("member_id", buyer.memberId())
                .containsEntry("bonus_entries", PartnerMembers.ENTRIES_PER_ORDER)
                .containsEntry("metadata", "{\"sku\":\"HP-1\"}");
        assertThat(bonusEntries(orderId)).isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
        assertThat(pending(buyer.upline(1)))
                .as("30 percent referral + 1 percent sponsor")
                .isEqualByComparingTo("31");
        assertThat(pending(buyer.upline(2)))
                .as("5 percent referral + 1 percent sponsor")
                .isEqualByComparingTo("6");
        assertThat(pending(buyer.upline(20))).as("1 percent sponsor only").isEqualByComparingTo("1");
    }

    @Autowired
    private MeterRegistry meters;

    @Test
    void sameOrderUnderAnotherKeyIsADuplicateAndPaysNothingMore() {
        String orderId = TestIds.unique("o");
        PartnerMembers.Buyer buyer = members.buyer();
        double ordersBefore = createdOrders();
        send(order(orderId, buyer.memberId()), TestIds.unique("idem"));

        HttpResponse<String> again = send(order(orderId, buyer.memberId()), TestIds.unique("idem"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(code(again)).isEqualTo("duplicate_order");
        assertThat(createdOrders())
                .as("aeghash.partner.orders counts the one order")
                .isEqualTo(ordersBefore + 1);
        assertThat(bonusEntries(orderId)).isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
        assertThat(pending(buyer.upline(1))).isEqualByComparingTo("31");
    }

    @Test
    void refundMarksTheOrderRefundedOnceAndTellsTheBonusEngine() {
        String orderId = TestIds.unique("o");
        send(order(orderId, members.buyer().memberId()), TestIds.unique("idem"));

        HttpResponse<String> refunded =
                refund(orderId, "{\"reason\":\"customer returned it\"}", TestIds.unique("idem"));
        HttpResponse<String> again = refund(orderId, "", TestIds.unique("idem"));

        assertThat(refunded.statusCode()).isEqualTo(200);
        assertThat(json.readTree(refunded.body()).get("status").stringValue()).isEqualTo("refunded");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(refunded.body());
        Map<String, Object> order = jdbc.sql("SELECT status, refunded_at FROM partner_orders WHERE partner_id = 'shop'"
                        + " AND order_id = :order")
                .param("order", orderId)
                .query()
                .singleRow();
        assertThat(order).containsEntry("status", "REFUNDED");
        Object bonusRefundedAt = jdbc.sql("SELECT refunded_at FROM bonus_orders WHERE order_reference = :reference")
                .param("reference", reference(orderId))
                .query()
                .singleValue();
        assertThat(bonusRefundedAt)
                .as("the bonus engine knows, with the first refund's time")
                .isEqualTo(order.get("refunded_at"));
    }

    @Test
    void paidAndRefundedOrdersReachTheUplinesLegTotalsOnceTheJobFoldsThem() {
        String orderId = TestIds.unique("o");
        PartnerMembers.Buyer buyer = members.buyer();
        send(order(orderId, buyer.memberId()), TestIds.unique("idem"));
        assertThat(leftLegPv(buyer.upline(1))).as("not folded yet").isZero();

        OrganizationFixtures.foldLegVolume(context);
        BigDecimal afterOrder = leftLegPv(buyer.upline(20));
        refund(orderId, "", TestIds.unique("idem"));
        OrganizationFixtures.foldLegVolume(context);

        assertThat(afterOrder)
                .as("the buyer is in the left leg of its whole chain")
                .isEqualByComparingTo("100");
        assertThat(leftLegPv(buyer.upline(20))).isZero();
        assertThat(leftLegPv(buyer.upline(1))).isZero();
    }

    @Test
    void refundOfAnUnknownOrderIsNotFound() {
        HttpResponse<String> response = refund(TestIds.unique("o"), "", TestIds.unique("idem"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(code(response)).isEqualTo("not_found");
    }

    @Test
    void orderOfAnUnregisteredBuyerIsRefusedAndNothingIsStored() {
        String orderId = TestIds.unique("o");

        HttpResponse<String> response = send(order(orderId, TestIds.member()), TestIds.unique("idem"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(code(response)).isEqualTo("unknown_member");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_orders WHERE order_id = :order")
                        .param("order", orderId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bonus_orders WHERE order_reference = :reference")
                        .param("reference", reference(orderId))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void amountsAboveThePartnersLimitAreRefusedWithoutConsumingTheKey() {
        String key = TestIds.unique("idem");
        String orderId = TestIds.unique("o");
        String buyer = members.buyer().memberId();
        String overLimit = order(orderId, buyer).replace("\"120.00\"", "\"10000.01\"");

        HttpResponse<String> refused = send(overLimit, key);
        HttpResponse<String> corrected = send(order(orderId, buyer), key);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(code(refused)).isEqualTo("amount_limit_exceeded");
        assertThat(json.readTree(refused.body()).get("field").stringValue()).isEqualTo("totalAmount");
        assertThat(corrected.statusCode()).isEqualTo(201);
    }

    @Test
    void invalidFieldsAreNamedInA400() {
        HttpResponse<String> badMember = send(order(TestIds.unique("o"), "not a member!"), TestIds.unique("idem"));
        HttpResponse<String> negativePv = send(
                order(TestIds.unique("o"), TestIds.member()).replace("\"pvAmount\":\"100\"", "\"pvAmount\":\"-1\""),
                TestIds.unique("idem"));
        HttpResponse<String> notAnObject = send(
                order(TestIds.unique("o"), TestIds.member()).replace("{\"sku\":\"HP-1\"}", "[1,2]"),
                TestIds.unique("idem"));

        assertThat(json.readTree(badMember.body()).get("field").stringValue()).isEqualTo("memberId");
        assertThat(json.readTree(negativePv.body()).get("field").stringValue()).isEqualTo("pvAmount");
        assertThat(json.readTree(notAnObject.body()).get("field").stringValue()).isEqualTo("metadata");
        assertThat(badMember.statusCode()).isEqualTo(400);
        assertThat(negativePv.statusCode()).isEqualTo(400);
        assertThat(notAnObject.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_keys WHERE response_status = 400")
                        .query(Long.class)
                        .single())
                .as("payload errors never consume a key")
                .isZero();
    }

    @Test
    void theOrderServiceRefusesToRunOutsideTheTransactionOfTheIdempotencyKey() {
        OrderRequest request = new OrderRequest(
                TestIds.unique("o"), TestIds.member(), BigDecimal.ONE, BigDecimal.ONE, "web", null, null);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> orderService.create(registry.byId("shop").orElseThrow(), request, null))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    private HttpResponse<String> refund(String orderId, String body, String key) {
        return client.post(TestPartners.SHOP, ORDERS + "/" + orderId + "/refund", body, key)
                .send();
    }

    private long bonusEntries(String orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM bonus_entries WHERE order_reference = :reference")
                .param("reference", reference(orderId))
                .query(Long.class)
                .single();
    }

    private BigDecimal leftLegPv(String memberId) {
        return organization
                .subtree(memberId, Tree.BINARY, 0)
                .orElseThrow()
                .root()
                .leftLegPv();
    }

    /** After posting the queued credits (the service's job does it a moment after the order). */
    private BigDecimal pending(String memberId) {
        credits.postOutstanding();
        return ledger.balancesOf(memberId).of(Asset.POINT).pending();
    }
}

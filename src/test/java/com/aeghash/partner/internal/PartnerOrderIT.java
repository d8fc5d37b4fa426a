package com.aeghash.partner.internal;

import static com.aeghash.partner.internal.PartnerIdempotencyIT.order;
import static com.aeghash.partner.internal.PartnerIdempotencyIT.reference;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Partner orders and refunds through HTTP: stored once, bonuses distributed once, limits and validation. */
@IntegrationTest
@WithTestPartners
class PartnerOrderIT {

    private static final String ORDERS = "/api/aegmall/v1/orders";

    @LocalServerPort
    private int port;
    @Autowired
    private FakeBonusService bonus;
    @Autowired
    private Ledger ledger;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JsonMapper json;
    @Autowired
    private PartnerOrderService orderService;
    @Autowired
    private PartnerRegistry registry;
    private PartnerClient client;

    @BeforeEach
    void setUp() {
        client = new PartnerClient(port);
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void paidOrderIsStoredAndItsBonusesDistributedInTheSameTransaction() {
        String orderId = TestIds.unique("o");
        String member = TestIds.member();

        HttpResponse<String> response = send(order(orderId, member), TestIds.unique("idem"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("orderId").stringValue()).isEqualTo(orderId);
        assertThat(body.get("status").stringValue()).isEqualTo("created");
        assertThat(body.get("bonusEntries").intValue()).isEqualTo(3);
        assertThat(body.get("bonusTotal").stringValue()).isEqualTo("16");
        Map<String, Object> row = jdbc.sql("SELECT * FROM partner_orders WHERE partner_id = 'shop' AND order_id = :order")
                .param("order", orderId).query().singleRow();
        assertThat(row).containsEntry("status", "PAID").containsEntry("member_id", member)
                .containsEntry("bonus_entries", 3).containsEntry("metadata", "{\"sku\":\"HP-1\"}");
        assertThat(ledger.balancesOf(member + "-up1").of(Asset.POINT).pending()).isEqualByComparingTo("10");
    }

    @Test
    void sameOrderUnderAnotherKeyIsADuplicateAndPaysNothingMore() {
        String orderId = TestIds.unique("o");
        String member = TestIds.member();
        send(order(orderId, member), TestIds.unique("idem"));

        HttpResponse<String> again = send(order(orderId, member), TestIds.unique("idem"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(code(again)).isEqualTo("duplicate_order");
        assertThat(bonus.distributeCallsFor(reference(orderId))).isEqualTo(1);
        assertThat(ledger.balancesOf(member + "-up1").of(Asset.POINT).pending()).isEqualByComparingTo("10");
    }

    @Test
    void refundMarksTheOrderRefundedOnceAndTellsTheBonusEngine() {
        String orderId = TestIds.unique("o");
        send(order(orderId, TestIds.member()), TestIds.unique("idem"));

        HttpResponse<String> refunded = refund(orderId, "{\"reason\":\"customer returned it\"}", TestIds.unique("idem"));
        HttpResponse<String> again = refund(orderId, "", TestIds.unique("idem"));

        assertThat(refunded.statusCode()).isEqualTo(200);
        assertThat(json.readTree(refunded.body()).get("status").stringValue()).isEqualTo("refunded");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(bonus.refundCalls()).containsOnlyOnce(reference(orderId));
        assertThat(jdbc.sql("SELECT status FROM partner_orders WHERE partner_id = 'shop' AND order_id = :order")
                .param("order", orderId).query(String.class).single()).isEqualTo("REFUNDED");
    }

    @Test
    void refundOfAnUnknownOrderIsNotFound() {
        HttpResponse<String> response = refund(TestIds.unique("o"), "", TestIds.unique("idem"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(code(response)).isEqualTo("not_found");
    }

    @Test
    void amountsAboveThePartnersLimitAreRefusedWithoutConsumingTheKey() {
        String key = TestIds.unique("idem");
        String orderId = TestIds.unique("o");
        String overLimit = order(orderId, TestIds.member()).replace("\"120.00\"", "\"10000.01\"");

        HttpResponse<String> refused = send(overLimit, key);
        HttpResponse<String> corrected = send(order(orderId, TestIds.member()), key);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(code(refused)).isEqualTo("amount_limit_exceeded");
        assertThat(json.readTree(refused.body()).get("field").stringValue()).isEqualTo("totalAmount");
        assertThat(corrected.statusCode()).isEqualTo(201);
    }

    @Test
    void invalidFieldsAreNamedInA400() {
        HttpResponse<String> badMember = send(order(TestIds.unique("o"), "not a member!"), TestIds.unique("idem"));
        HttpResponse<String> negativePv = send(order(TestIds.unique("o"), TestIds.member())
                .replace("\"pvAmount\":\"100\"", "\"pvAmount\":\"-1\""), TestIds.unique("idem"));
        HttpResponse<String> notAnObject = send(order(TestIds.unique("o"), TestIds.member())
                .replace("{\"sku\":\"HP-1\"}", "[1,2]"), TestIds.unique("idem"));

        assertThat(json.readTree(badMember.body()).get("field").stringValue()).isEqualTo("memberId");
        assertThat(json.readTree(negativePv.body()).get("field").stringValue()).isEqualTo("pvAmount");
        assertThat(json.readTree(notAnObject.body()).get("field").stringValue()).isEqualTo("metadata");
        assertThat(badMember.statusCode()).isEqualTo(400);
        assertThat(negativePv.statusCode()).isEqualTo(400);
        assertThat(notAnObject.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_keys WHERE response_status = 400").query(Long.class)
                .single()).as("payload errors never consume a key").isZero();
    }

    @Test
    void theOrderServiceRefusesToRunOutsideTheTransactionOfTheIdempotencyKey() {
        OrderRequest request = new OrderRequest(TestIds.unique("o"), TestIds.member(), java.math.BigDecimal.ONE,
                java.math.BigDecimal.ONE, "web", null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> orderService.create(
                        registry.byId("shop").orElseThrow(), request, null))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    private HttpResponse<String> send(String body, String key) {
        return client.post(TestPartners.SHOP, ORDERS, body, key).send();
    }

    private HttpResponse<String> refund(String orderId, String body, String key) {
        return client.post(TestPartners.SHOP, ORDERS + "/" + orderId + "/refund", body, key).send();
    }

    private String code(HttpResponse<String> response) {
        return json.readTree(response.body()).get("code").stringValue();
    }
}

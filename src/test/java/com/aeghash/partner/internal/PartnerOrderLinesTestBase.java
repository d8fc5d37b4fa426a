package com.aeghash.partner.internal;

import static com.aeghash.partner.internal.PartnerIdempotencyIT.reference;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusCredits;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.ledger.Asset;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Partner orders with product lines, signed like every partner call, on the real catalogue and bonus engine: the
 * order's PV is the lines' PV, each line's PV pays by its product's plan, lines are stored with the order, and a
 * line the catalogue cannot price is a 422 naming it with nothing written.
 */
abstract class PartnerOrderLinesTestBase extends PartnerApiTest {

    @Autowired
    private BonusCredits credits;

    @Test
    void theOrdersPvIsItsLinesPvAndEachLinePaysByItsProductsPlan() {
        String box = product("100", "default");
        String premium = product("50", "premium");
        PartnerMembers.Buyer buyer = members.buyer();
        String orderId = TestIds.unique("o");

        HttpResponse<String> response =
                send(order(orderId, buyer.memberId(), null, line(box, 2), line(premium, 1)), TestIds.unique("idem"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("bonusEntries").intValue())
                .as("30 entries of the default plan on 200 PV, 2 of the premium plan on 50 PV")
                .isEqualTo(32);
        assertThat(body.get("bonusTotal").stringValue())
                .as("70 % of 200 + (40 % + 10 %) of 50")
                .isEqualTo("165");
        assertThat(storedPv(orderId)).isEqualByComparingTo("250");
        assertThat(pending(buyer.upline(1)))
                .as("30 % + 1 % of 200 (default) and 40 % of 50 (premium)")
                .isEqualByComparingTo("82");
        assertThat(pending(buyer.upline(2))).as("5 % + 1 % of 200, 10 % of 50").isEqualByComparingTo("17");
        assertThat(jdbc.sql("""
                        SELECT tree_level, pv_amount, percentage, amount FROM bonus_entries
                        WHERE order_reference = :reference AND bonus_plan = 'premium' ORDER BY tree_level""")
                        .param("reference", reference(orderId))
                        .query((row, index) -> row.getInt(1) + ":"
                                + row.getBigDecimal(2).stripTrailingZeros()
                                + ":" + row.getBigDecimal(3).stripTrailingZeros() + ":"
                                + row.getBigDecimal(4).stripTrailingZeros().toPlainString())
                        .list())
                .containsExactly("1:5E+1:4E+1:20", "2:5E+1:1E+1:5");
        assertThat(lines(orderId))
                .containsExactly(
                        Map.of("line_no", 0, "sku", box, "quantity", 2, "bonus_plan", "default"),
                        Map.of("line_no", 1, "sku", premium, "quantity", 1, "bonus_plan", "premium"));
    }

    @Test
    void aPvAmountSentWithLinesMustBeTheirSum() {
        String box = product("100", "default");
        String buyer = members.buyer().memberId();
        String matching = TestIds.unique("o");
        String mismatching = TestIds.unique("o");

        HttpResponse<String> agreed = send(order(matching, buyer, "300", line(box, 3)), TestIds.unique("idem"));
        HttpResponse<String> disagreed = send(order(mismatching, buyer, "299", line(box, 3)), TestIds.unique("idem"));

        assertThat(agreed.statusCode()).isEqualTo(201);
        assertThat(storedPv(matching)).isEqualByComparingTo("300");
        assertThat(disagreed.statusCode()).isEqualTo(422);
        JsonNode problem = json.readTree(disagreed.body());
        assertThat(problem.get("code").stringValue()).isEqualTo("pv_mismatch");
        assertThat(problem.get("field").stringValue()).isEqualTo("pvAmount");
        assertThat(problem.get("linesPvAmount").stringValue()).isEqualTo("300");
        assertNothingStored(mismatching);
    }

    @Test
    void anUnknownOrInactiveSkuIsA422NamingItsLine() {
        String box = product("100", "default");
        String retired = product("100", "default");
        ApiClient.admin(port).send("PATCH", "/api/v1/products/" + retired, "{\"version\":1,\"status\":\"INACTIVE\"}");
        String buyer = members.buyer().memberId();
        String unknownOrder = TestIds.unique("o");
        String inactiveOrder = TestIds.unique("o");

        HttpResponse<String> unknown =
                send(order(unknownOrder, buyer, null, line(box, 1), line("NO-SUCH-SKU", 1)), TestIds.unique("idem"));
        HttpResponse<String> inactive =
                send(order(inactiveOrder, buyer, null, line(retired, 1)), TestIds.unique("idem"));

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(code(unknown)).isEqualTo("unknown_sku");
        assertThat(json.readTree(unknown.body()).get("field").stringValue()).isEqualTo("lines[1].sku");
        assertThat(inactive.statusCode()).isEqualTo(422);
        assertThat(code(inactive)).isEqualTo("inactive_sku");
        assertThat(json.readTree(inactive.body()).get("field").stringValue()).isEqualTo("lines[0].sku");
        assertNothingStored(unknownOrder);
        assertNothingStored(inactiveOrder);
    }

    @Test
    void aStoredOrderSentAgainAfterItsProductWasDeactivatedIsStillADuplicateNotARejection() {
        String box = product("100", "default");
        String buyer = members.buyer().memberId();
        String orderId = TestIds.unique("o");
        assertThat(send(order(orderId, buyer, null, line(box, 1)), TestIds.unique("idem"))
                        .statusCode())
                .isEqualTo(201);
        ApiClient.admin(port).send("PATCH", "/api/v1/products/" + box, "{\"version\":1,\"status\":\"INACTIVE\"}");

        HttpResponse<String> again = send(order(orderId, buyer, null, line(box, 1)), TestIds.unique("idem"));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(code(again)).isEqualTo("duplicate_order");
        assertThat(ordersStored(orderId)).isEqualTo(1);
    }

    @Test
    void malformedLinesAre400sThatDoNotConsumeTheKey() {
        String box = product("100", "default");
        String buyer = members.buyer().memberId();
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");

        assertField(send(order(orderId, buyer, null, line(box, 1), line(box, 2)), key), "lines[1].sku");
        assertField(send(order(orderId, buyer, null, line(box, 0)), key), "lines[0].quantity");
        assertField(send(order(orderId, buyer, null, line(box, 10_001)), key), "lines[0].quantity");
        assertField(send(order(orderId, buyer, null, line("lower", 1)), key), "lines[0].sku");
        assertField(send(order(orderId, buyer, null), key), "pvAmount");
        assertField(
                send(order(orderId, buyer, null, line(box, 1)).replace("\"quantity\":1", "\"quantity\":1.5"), key),
                null);
        assertNothingStored(orderId);

        assertThat(send(order(orderId, buyer, null, line(box, 1)), key).statusCode())
                .as("the key was never consumed")
                .isEqualTo(201);
    }

    @Test
    void aReplayUnderTheSameKeyAnswersTheFirstResponseAndPaysNothingMore() {
        String premium = product("10", "premium");
        PartnerMembers.Buyer buyer = members.buyer();
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        String body = order(orderId, buyer.memberId(), null, line(premium, 4));

        HttpResponse<String> first = send(body, key);
        HttpResponse<String> replay = send(body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.headers().firstValue(IdempotencyKey.REPLAYED_HEADER)).hasValue("true");
        assertThat(lines(orderId)).hasSize(1);
        assertThat(pending(buyer.upline(1))).as("40 % of 40 PV, once").isEqualByComparingTo("16");
        assertThat(pending(buyer.upline(3)))
                .as("the premium plan pays two levels only")
                .isEqualByComparingTo("0");
    }

    private String product(String pv, String plan) {
        String sku = TestIds.unique("P").toUpperCase(Locale.ROOT);
        ApiClient.Response created = ApiClient.admin(port)
                .header(IdempotencyKey.HEADER, TestIds.unique("key"))
                .post("/api/v1/products", """
                        {"sku":"%s","name":"Box","price":{"amount":"99","currency":"USD"},"pvAmount":"%s",
                         "bonusPlan":"%s"}""".formatted(sku, pv, plan));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return sku;
    }

    private static String line(String sku, int quantity) {
        return "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}";
    }

    private static String order(String orderId, String member, String pvAmount, String... lines) {
        return "{\"orderId\":\"" + orderId + "\",\"memberId\":\"" + member + "\",\"totalAmount\":\"120.00\","
                + (pvAmount == null ? "" : "\"pvAmount\":\"" + pvAmount + "\",")
                + "\"channel\":\"web\""
                + (lines.length == 0 ? "" : ",\"lines\":[" + String.join(",", lines) + "]") + "}";
    }

    private void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        if (field != null) {
            assertThat(json.readTree(response.body()).get("field").stringValue())
                    .isEqualTo(field);
        }
    }

    private void assertNothingStored(String orderId) {
        assertThat(ordersStored(orderId)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bonus_orders WHERE order_reference = :reference")
                        .param("reference", reference(orderId))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private BigDecimal storedPv(String orderId) {
        return jdbc.sql("SELECT pv_amount FROM partner_orders WHERE partner_id = 'shop' AND order_id = :order")
                .param("order", orderId)
                .query(BigDecimal.class)
                .single();
    }

    private List<Map<String, Object>> lines(String orderId) {
        return jdbc.sql("""
                        SELECT l.line_no, l.sku, l.quantity, l.bonus_plan FROM partner_order_lines l
                        JOIN partner_orders o ON o.id = l.partner_order_id
                        WHERE o.partner_id = 'shop' AND o.order_id = :order ORDER BY l.line_no""").param("order", orderId).query().listOfRows();
    }

    /** After posting the queued credits (the service's job does it a moment after the order). */
    private BigDecimal pending(String memberId) {
        credits.postOutstanding();
        return ledger.balancesOf(memberId).of(Asset.POINT).pending();
    }
}

package com.aeghash.partner.internal;

import static com.aeghash.partner.internal.PartnerIdempotencyIT.reference;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The explanation of a bonus entry ({@code GET /api/v1/bonus/entries/{id}}) shows the products of the partner order
 * that paid it, as the order stored them ({@code OrderProducts}, implemented here): SKU, catalogue name, quantity,
 * unit and line PV and the line's plan; an order sent with a bare PV has none.
 */
@IntegrationTest
@WithTestPartners
class PartnerOrderExplanationIT extends PartnerApiTest {

    @Test
    void anEntryOfAnOrderWithLinesShowsItsProducts() {
        String box = product("Box of ten", "100", "default");
        String premium = product("Premium pack", "50", "premium");
        PartnerMembers.Buyer buyer = members.buyer();
        String orderId = TestIds.unique("o");
        assertThat(send(order(orderId, buyer.memberId(), line(box, 2) + "," + line(premium, 1)), TestIds.unique("k"))
                        .statusCode())
                .isEqualTo(201);

        JsonNode explained = explained(entryOf(orderId, "premium"));

        assertThat(explained.path("rule").path("plan").asString()).isEqualTo("premium");
        assertThat(explained.path("rule").path("pvAmount").asString())
                .as("the premium share")
                .isEqualTo("50");
        JsonNode order = explained.path("order");
        assertThat(order.path("reference").asString()).isEqualTo(reference(orderId));
        assertThat(order.path("buyerMemberId").asString()).isEqualTo(buyer.memberId());
        assertThat(order.path("pvAmount").asString()).isEqualTo("250");
        JsonNode products = order.path("products");
        assertThat(products.size()).isEqualTo(2);
        assertThat(products.get(0).path("sku").asString()).isEqualTo(box);
        assertThat(products.get(0).path("name").asString()).isEqualTo("Box of ten");
        assertThat(products.get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(products.get(0).path("unitPv").asString()).isEqualTo("100");
        assertThat(products.get(0).path("linePv").asString()).isEqualTo("200");
        assertThat(products.get(0).path("plan").asString()).isEqualTo("default");
        assertThat(products.get(1).path("sku").asString()).isEqualTo(premium);
        assertThat(products.get(1).path("plan").asString()).isEqualTo("premium");
    }

    @Test
    void anEntryOfABarePvOrderShowsNoProducts() {
        String orderId = TestIds.unique("o");
        String body = "{\"orderId\":\"" + orderId + "\",\"memberId\":\""
                + members.buyer().memberId() + "\",\"totalAmount\":\"10\",\"pvAmount\":\"100\",\"channel\":\"web\"}";
        assertThat(send(body, TestIds.unique("k")).statusCode()).isEqualTo(201);

        JsonNode explained = explained(entryOf(orderId, "default"));

        assertThat(explained.path("order").path("pvAmount").asString()).isEqualTo("100");
        assertThat(explained.path("order").path("products").size()).isZero();
    }

    private long entryOf(String orderId, String plan) {
        return jdbc.sql("SELECT MIN(id) FROM bonus_entries WHERE order_reference = :reference AND bonus_plan = :plan")
                .param("reference", reference(orderId))
                .param("plan", plan)
                .query(Long.class)
                .single();
    }

    private JsonNode explained(long entryId) {
        ApiClient.Response response = ApiClient.admin(port).get("/api/v1/bonus/entries/" + entryId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String product(String name, String pv, String plan) {
        String sku = TestIds.unique("P").toUpperCase(Locale.ROOT);
        ApiClient.Response created = ApiClient.admin(port)
                .header(IdempotencyKey.HEADER, TestIds.unique("key"))
                .post("/api/v1/products", """
                        {"sku":"%s","name":"%s","price":{"amount":"99","currency":"USD"},"pvAmount":"%s",
                         "bonusPlan":"%s"}""".formatted(sku, name, pv, plan));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return sku;
    }

    private static String line(String sku, int quantity) {
        return "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}";
    }

    private static String order(String orderId, String member, String lines) {
        return "{\"orderId\":\"" + orderId + "\",\"memberId\":\"" + member
                + "\",\"totalAmount\":\"120.00\",\"channel\":\"web\",\"lines\":[" + lines + "]}";
    }
}

package com.aeghash.product.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.TestIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue's API in the running application: administrators only, creation under an idempotency key, bad
 * input a 400 problem that writes nothing, updates on the version read (409 when stale), every change audited.
 */
abstract class ProductApiTestBase {

    static final String PRODUCTS = "/api/v1/products";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    static String sku() {
        return TestIds.unique("SKU").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9._-]", "-");
    }

    static String body(String sku, String pv, String plan) {
        return """
                {"sku":"%s","name":"Hash box","price":{"amount":"120.50","currency":"USD"},"pvAmount":"%s"%s}""".formatted(sku, pv, plan == null ? "" : ",\"bonusPlan\":\"" + plan + "\"");
    }

    static ApiClient.Response create(int port, String body) {
        return ApiClient.admin(port)
                .header(IdempotencyKey.HEADER, TestIds.unique("key"))
                .post(PRODUCTS, body);
    }

    @Test
    void aCreatedProductIsAnsweredOnceUnderItsKeyReadBackAndAudited() {
        String sku = sku();
        ApiClient admin = ApiClient.admin(port).header(IdempotencyKey.HEADER, TestIds.unique("key"));

        ApiClient.Response created = admin.post(PRODUCTS, body(sku, "100", null));
        ApiClient.Response replayed = admin.post(PRODUCTS, body(sku, "100", null));

        assertThat(created.status()).isEqualTo(201);
        JsonNode product = created.json();
        assertThat(product.path("sku").asString()).isEqualTo(sku);
        assertThat(product.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(product.path("bonusPlan").asString())
                .as("the default plan unless set")
                .isEqualTo("default");
        assertThat(product.path("version").asLong()).isEqualTo(1);
        assertThat(product.path("price").path("currency").asString()).isEqualTo("USD");
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.body()).isEqualTo(created.body());
        assertThat(replayed.header(IdempotencyKey.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(ApiClient.admin(port)
                        .get(PRODUCTS + "/" + sku)
                        .json()
                        .path("name")
                        .asString())
                .isEqualTo("Hash box");
        assertThat(auditsOf(sku, "product.created"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details())
                        .containsEntry("pvAmount", "100")
                        .containsEntry("price", "120.5 USD")
                        .containsEntry("bonusPlan", "default"));
    }

    @Test
    void theSameSkuAgainUnderAnotherKeyIsAConflict() {
        String sku = sku();
        create(port, body(sku, "100", null));

        ApiClient.Response again = create(port, body(sku, "50", "premium"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("duplicate_sku");
        assertThat(ApiClient.admin(port).get(PRODUCTS + "/" + sku).text("pvAmount"))
                .isEqualTo("100");
    }

    @Test
    void onlyAdministratorsManageTheCatalogue() {
        ApiClient operations = ApiClient.newOperator(port, "OPERATIONS", "FINANCE");
        String sku = sku();

        assertThat(operations
                        .header(IdempotencyKey.HEADER, TestIds.unique("key"))
                        .post(PRODUCTS, body(sku, "100", null))
                        .status())
                .isEqualTo(403);
        assertThat(operations.get(PRODUCTS).status()).isEqualTo(403);
        assertThat(operations
                        .send("PATCH", PRODUCTS + "/" + sku, "{\"version\":1,\"name\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get(PRODUCTS).status()).isEqualTo(401);
        assertThat(stored(sku)).isZero();
    }

    @Test
    void malformedProductsAreRefusedWithTheFieldAndNothingIsWritten() {
        String sku = sku();
        assertRefused(body("lower-case", "100", null), "sku");
        assertRefused(body(sku, "0", null), "pvAmount");
        assertRefused(body(sku, "1.123456789", null), "pvAmount");
        assertRefused(body(sku, "100", "Not A Plan"), "bonusPlan");
        assertRefused(body(sku, "100", null).replace("\"USD\"", "\"usd\""), "price.currency");
        assertRefused(body(sku, "100", null).replace("\"120.50\"", "\"-1\""), "price.amount");
        assertRefused(body(sku, "100", null).replace("\"Hash box\"", "\"  \""), "name");
        ApiClient.Response withoutKey = ApiClient.admin(port).post(PRODUCTS, body(sku, "100", null));
        assertThat(withoutKey.status()).isEqualTo(400);
        ApiClient.Response unknownPlan = create(port, body(sku, "100", "gold"));
        assertThat(unknownPlan.status()).isEqualTo(422);
        assertThat(unknownPlan.text("code")).isEqualTo("unknown_bonus_plan");
        assertThat(unknownPlan.text("field")).isEqualTo("bonusPlan");
        assertThat(stored(sku)).isZero();
    }

    @Test
    void anUpdateOnTheVersionReadChangesTheProductAndIsAuditedAStaleOneIsAConflict() {
        String sku = sku();
        create(port, body(sku, "100", null));
        ApiClient admin = ApiClient.admin(port);

        ApiClient.Response updated = admin.send(
                "PATCH",
                PRODUCTS + "/" + sku,
                "{\"version\":1,\"pvAmount\":\"80\",\"bonusPlan\":\"premium\",\"status\":\"INACTIVE\"}");
        ApiClient.Response stale = admin.send("PATCH", PRODUCTS + "/" + sku, "{\"version\":1,\"name\":\"Other\"}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("version").asLong()).isEqualTo(2);
        assertThat(updated.text("status")).isEqualTo("INACTIVE");
        assertThat(updated.text("bonusPlan")).isEqualTo("premium");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("code")).isEqualTo("version_conflict");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);
        assertThat(admin.get(PRODUCTS + "/" + sku).text("name")).isEqualTo("Hash box");
        assertThat(auditsOf(sku, "product.updated"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details())
                        .containsEntry("pvAmount", "100 -> 80")
                        .containsEntry("bonusPlan", "default -> premium")
                        .containsEntry("status", "ACTIVE -> INACTIVE")
                        .containsEntry("version", "2")
                        .doesNotContainKey("name"));
        ApiClient.Response unknown = admin.send("PATCH", PRODUCTS + "/NO-SUCH-SKU", "{\"version\":1,\"name\":\"x\"}");
        assertThat(unknown.status()).isEqualTo(404);
        ApiClient.Response empty = admin.send("PATCH", PRODUCTS + "/" + sku, "{\"version\":2}");
        assertThat(empty.status()).isEqualTo(400);
        ApiClient.Response blankName = admin.send("PATCH", PRODUCTS + "/" + sku, "{\"version\":2,\"name\":\"   \"}");
        assertThat(blankName.status()).isEqualTo(400);
        assertThat(blankName.text("field")).isEqualTo("name");
        assertThat(admin.get(PRODUCTS + "/" + sku).text("name")).isEqualTo("Hash box");
    }

    @Test
    void ofTwoUpdatesOnTheSameVersionOneWinsAndTheOtherIsAConflict() throws Exception {
        String sku = sku();
        create(port, body(sku, "100", null));

        List<Integer> statuses = Concurrently.run(
                2,
                thread -> ApiClient.admin(port)
                        .send("PATCH", PRODUCTS + "/" + sku, "{\"version\":1,\"pvAmount\":\"" + (10 + thread) + "\"}")
                        .status());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(ApiClient.admin(port)
                        .get(PRODUCTS + "/" + sku)
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(2);
        assertThat(auditsOf(sku, "product.updated")).hasSize(1);
    }

    @Test
    void theListPagesThroughEveryProductInSkuOrderAndFiltersByStatus() {
        String prefix = sku();
        List<String> skus = List.of(prefix + "-A", prefix + "-B", prefix + "-C");
        skus.forEach(sku -> create(port, body(sku, "10", null)));
        ApiClient admin = ApiClient.admin(port);
        admin.send("PATCH", PRODUCTS + "/" + skus.get(1), "{\"version\":1,\"status\":\"INACTIVE\"}");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = admin.get(PRODUCTS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.path("items").forEach(item -> seen.add(item.path("sku").asString()));
            cursor = page.path("next").isNull() ? null : page.path("next").asString();
            pages++;
        } while (cursor != null && pages < 1000);

        assertThat(seen).containsSubsequence(skus).isSorted().doesNotHaveDuplicates();
        List<String> inactive = new ArrayList<>();
        admin.get(PRODUCTS + "?status=INACTIVE&limit=200")
                .json()
                .path("items")
                .forEach(item -> inactive.add(item.path("sku").asString()));
        assertThat(inactive).contains(skus.get(1)).doesNotContain(skus.get(0), skus.get(2));
        assertThat(admin.get(PRODUCTS + "?cursor=bm9wZQ").status()).isEqualTo(400);
        assertThat(admin.get(PRODUCTS + "?limit=0").status()).isEqualTo(400);
    }

    private void assertRefused(String body, String field) {
        ApiClient.Response refused = create(port, body);
        assertThat(refused.status()).as(body).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("validation_failed");
        assertThat(refused.text("field")).as(body).isEqualTo(field);
    }

    private List<AuditEntry> auditsOf(String sku, String action) {
        return auditLog.recent(action, 500).stream()
                .filter(entry -> entry.target().equals(ProductAdministration.target(sku)))
                .toList();
    }

    private long stored(String sku) {
        return jdbc.sql("SELECT COUNT(*) FROM products WHERE sku = :sku")
                .param("sku", sku)
                .query(Long.class)
                .single();
    }
}

package com.aeghash.console.internal;

import static com.aeghash.console.internal.ConsoleFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditLog;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The products page: the catalogue to the roles the API serves it to, and (de)activation on the version shown,
 * audited like the API's updates; a stale page is refused with the conflict shown.
 */
@IntegrationTest
class ConsoleProductsIT extends ConsoleOrganizationTestBase {

    @Autowired
    AuditLog auditLog;

    @Test
    void theCatalogueIsShownExactlyToTheRolesTheApiServesItTo() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        for (String role : new String[] {"OPERATIONS", "FINANCE", "ADMIN"}) {
            String operator = fixtures.operator(role);
            int api = ApiClient.as(port, operator, ConsoleFixtures.passwordOf(operator))
                    .get("/api/v1/products")
                    .status();

            assertThat(fixtures.signedIn(operator).get("/console/products").statusCode())
                    .as(role)
                    .isEqualTo(api);
            assertThat(api).as(role).isEqualTo(role.equals("ADMIN") ? 200 : 403);
        }
    }

    @Test
    void anAdministratorDeactivatesAProductOnTheVersionShownAndAStalePageIsRefused() {
        String sku = TestIds.unique("C").toUpperCase(Locale.ROOT);
        ApiClient.admin(port)
                .header(IdempotencyKey.HEADER, TestIds.unique("key"))
                .post("/api/v1/products", """
                        {"sku":"%s","name":"Console box","price":{"amount":"5","currency":"USD"},"pvAmount":"7"}""".formatted(sku));
        BrowserSession admin = new ConsoleFixtures(port, ledger).signedInAsAdmin();
        String action = "/console/products/" + sku + "/status";

        String page = admin.get("/console/products").body();
        HttpResponse<String> asked =
                admin.submit("/console/products", action, form("version", "1", "status", "INACTIVE"));
        String statusBeforeConfirming =
                ApiClient.admin(port).get("/api/v1/products/" + sku).text("status");
        HttpResponse<String> deactivated = admin.submit(
                "/console/products", action, form("version", "1", "status", "INACTIVE", "confirmed", "true"));
        HttpResponse<String> stale = admin.submit(
                "/console/products", action, form("version", "1", "status", "ACTIVE", "confirmed", "true"));

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body())
                .contains("Confirm: product " + sku + " becomes INACTIVE", "Status then", "INACTIVE", "5 USD")
                .doesNotContain("Product " + sku + " is INACTIVE");
        assertThat(statusBeforeConfirming).isEqualTo("ACTIVE");

        assertThat(page).contains(sku, "Console box", "Deactivate", "default");
        assertThat(deactivated.statusCode()).isEqualTo(200);
        assertThat(deactivated.body()).contains("Product " + sku + " is INACTIVE");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("version_conflict");
        assertThat(ApiClient.admin(port).get("/api/v1/products/" + sku).text("status"))
                .isEqualTo("INACTIVE");
        assertThat(auditLog.recent("product.updated", 500))
                .filteredOn(entry -> entry.target().equals("product:" + sku))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details()).containsEntry("status", "ACTIVE -> INACTIVE"));
    }
}

package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console and the HTTP API answer the same person the same way: the audit trail and the operator list to the
 * roles the owning module's rule names, and addresses whole or masked by the one rule of {@code common}.
 */
@IntegrationTest
class OneRuleForConsoleAndApiIT extends ConsoleOrganizationTestBase {

    private static final List<String> CONSOLE_ROLES = List.of("OPERATIONS", "FINANCE", "ADMIN");

    @Test
    void theAuditTrailIsShownInTheConsoleExactlyToTheRolesTheApiServesItTo() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        for (String role : CONSOLE_ROLES) {
            String operator = fixtures.operator(role);
            int api = api(operator).get("/api/v1/audit").status();
            BrowserSession console = fixtures.signedIn(operator);

            assertThat(console.get("/console/audit").statusCode()).as(role).isEqualTo(api);
            assertThat(api).as(role).isEqualTo(role.equals("ADMIN") ? 200 : 403);
            assertThat(console.get("/console").body().contains("Recent audit entries"))
                    .as(role)
                    .isEqualTo(api == 200);
        }
    }

    @Test
    void theOperatorListIsShownInTheConsoleExactlyToTheRolesTheApiServesItTo() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        for (String role : CONSOLE_ROLES) {
            String operator = fixtures.operator(role);
            int api = api(operator).get("/api/v1/operators").status();

            assertThat(fixtures.signedIn(operator).get("/console/operators").statusCode())
                    .as(role)
                    .isEqualTo(api);
            assertThat(api).as(role).isEqualTo(role.equals("ADMIN") ? 200 : 403);
        }
    }

    @Test
    void theWebhookPageIsShownInTheConsoleExactlyToTheRolesTheApiServesTheDeliveryLogTo() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        for (String role : CONSOLE_ROLES) {
            String operator = fixtures.operator(role);
            int api = api(operator).get("/api/v1/webhook-deliveries").status();

            assertThat(fixtures.signedIn(operator).get("/console/webhooks").statusCode())
                    .as(role)
                    .isEqualTo(api);
            assertThat(api).as(role).isEqualTo(role.equals("ADMIN") ? 200 : 403);
        }
        String page = fixtures.signedInAsAdmin().get("/console/webhooks").body();
        assertThat(page).contains("<h2>Deliveries").contains("Endpoints");
    }

    @Test
    void aWalletAddressIsMaskedAlikeInTheApiAndTheConsoleBelowTheFullAddressRule() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        String member = OrganizationFixtures.registered(context, TestIds.member());
        ApiClient.Response created = ApiClient.admin(port).post("/api/v1/members/" + member + "/wallet", "");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String full = created.text("address");
        String masked = full.substring(0, 6) + "…" + full.substring(full.length() - 4);
        String page = "/console/members?memberId=" + member;

        for (String role : List.of("OPERATIONS", "FINANCE")) {
            String operator = fixtures.operator(role);
            ApiClient.Response wallet = api(operator).get("/api/v1/members/" + member + "/wallet");
            String console = fixtures.signedIn(operator).get(page).body();

            assertThat(wallet.text("address")).as(role).isEqualTo(masked);
            assertThat(wallet.body()).as(role).doesNotContain(full);
            assertThat(console).as(role).contains(masked).doesNotContain(full);
        }
        assertThat(ApiClient.admin(port)
                        .get("/api/v1/members/" + member + "/wallet")
                        .text("address"))
                .isEqualTo(full);
        assertThat(fixtures.signedInAsAdmin().get(page).body()).contains(full);
    }

    @Test
    void aRegisteredPayoutAddressIsWholeForTheMemberAppAndMaskedWholeForStaffBelowTheRule() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        String member = OrganizationFixtures.registered(context, TestIds.member());
        String coinAddress = "ltc1q" + "a9".repeat(14) + "xyz";
        ApiClient memberApp = api(fixtures.operator("MEMBER_APP"));
        String path = "/api/v1/members/" + member + "/withdrawal-addresses";
        ApiClient.Response registered =
                memberApp.post(path, "{\"asset\":\"LTC\",\"address\":\"" + coinAddress + "\",\"label\":\"mine\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        ApiClient.Response asMemberApp = memberApp.get(path);
        ApiClient.Response asFinance = api(fixtures.operator("FINANCE")).get(path);

        assertThat(asMemberApp.list().get(0)).containsEntry("address", coinAddress);
        assertThat(asFinance.list().get(0))
                .containsEntry("address", "ltc1qa…9xyz")
                .containsEntry("label", "mine");
        assertThat(asFinance.body()).doesNotContain(coinAddress);
    }

    @Test
    void addressesQuotedInFreeTextAreMaskedAlikeInTheApiAndTheConsoleBelowTheRule() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        String member = OrganizationFixtures.registered(context, TestIds.member());
        fixtures.fund(member, com.aeghash.ledger.Asset.POINT, "100");
        long id = fixtures.requestWithdrawal(fixtures.operator("MEMBER_APP"), member, "10");
        String quoted = "0x" + "5e".repeat(18) + "c0de";
        String operations = fixtures.operator("OPERATIONS");
        ApiClient.Response rejected = api(operations)
                .post(
                        "/api/v1/withdrawals/" + id + "/rejections",
                        "{\"reason\":\"member asked to pay " + quoted + "\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);

        String reason = api(operations).get("/api/v1/withdrawals/" + id).text("statusReason");
        String console =
                fixtures.signedIn(operations).get("/console/withdrawals/" + id).body();

        assertThat(reason).isEqualTo("member asked to pay 0x5e5e…c0de");
        assertThat(rejected.body()).doesNotContain(quoted);
        assertThat(console).contains(reason).doesNotContain(quoted);
        assertThat(ApiClient.admin(port).get("/api/v1/withdrawals/" + id).text("statusReason"))
                .isEqualTo("member asked to pay " + quoted);
    }

    private ApiClient api(String operator) {
        return ApiClient.as(port, operator, ConsoleFixtures.passwordOf(operator));
    }
}

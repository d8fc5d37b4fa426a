package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Arranges what the console tests show, with ids of their own: operators (through the operators API), signed-in
 * browsers, ledger funds, and withdrawals requested by a member-app account over the HTTP API.
 */
final class ConsoleFixtures {

    private final int port;
    private final Ledger ledger;

    ConsoleFixtures(int port, Ledger ledger) {
        this.port = port;
        this.ledger = ledger;
    }

    /** A new operator with the roles; its password is {@link #passwordOf}. */
    String operator(String... roles) {
        String username = TestIds.unique("console").toLowerCase(Locale.ROOT);
        TestSecrets.register(passwordOf(username));
        ApiClient.Response created = ApiClient.admin(port)
                .post(
                        "/api/v1/operators",
                        "{\"username\":\"" + username + "\",\"password\":\"" + passwordOf(username) + "\",\"roles\":[\""
                                + String.join("\",\"", roles) + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** Unique per operator and, as the password rules demand, not containing the user name. */
    static String passwordOf(String username) {
        return "pass-" + new StringBuilder(username).reverse();
    }

    BrowserSession signedIn(String username) {
        BrowserSession browser = new BrowserSession(port);
        String landing = browser.signIn(username, passwordOf(username))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        assertThat(landing).endsWith("/console");
        return browser;
    }

    BrowserSession signedInAsAdmin() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn("admin", TestSecrets.ADMIN_PASSWORD);
        return browser;
    }

    void fund(String member, Asset asset, String amount) {
        ledger.post(EntryRequest.builder(TestIds.unique("console-fund"), "console test funds")
                .move(
                        AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, asset),
                        AccountRef.member(member, asset, Bucket.AVAILABLE),
                        new BigDecimal(amount))
                .build());
    }

    /**
     * A POINT withdrawal requested by the member app (deviceId given, so only the amount decides the risk). The
     * member gets the platform wallet POINT is paid out to first, as every real member has.
     */
    long requestWithdrawal(String memberApp, String member, String amount) {
        ApiClient.Response wallet = ApiClient.admin(port).post("/api/v1/members/" + member + "/wallet", "");
        assertThat(wallet.status()).as(wallet.body()).isIn(200, 201);
        ApiClient.Response created = ApiClient.as(port, memberApp, passwordOf(memberApp))
                .header("Idempotency-Key", TestIds.unique("console-key"))
                .post(
                        "/api/v1/withdrawals",
                        "{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":\"" + amount
                                + "\",\"deviceId\":\"console-device\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** The organization's root, registered by this test run when no test registered one before. */
    static String organizationRoot(JdbcClient jdbc, OrganizationChanges organization) {
        return jdbc.sql("SELECT member_id FROM organization_root")
                .query(String.class)
                .optional()
                .orElseGet(() -> {
                    String root = TestIds.unique("console-root");
                    organization.register(new Registration(root, null, null), "console-test");
                    return root;
                });
    }

    /** A new member of the organization, referred and sponsored by its root. */
    static String registeredMember(JdbcClient jdbc, OrganizationChanges organization) {
        return registeredBelow(organization, organizationRoot(jdbc, organization));
    }

    /** A new member referred and sponsored by {@code upline}. */
    static String registeredBelow(OrganizationChanges organization, String upline) {
        String member = TestIds.member();
        organization.register(new Registration(member, upline, upline), "console-test");
        return member;
    }

    static Map<String, String> form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            fields.put(namesAndValues[index], namesAndValues[index + 1]);
        }
        return fields;
    }
}

package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class ConsoleIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Notifier notifier;

    @Autowired
    Ledger ledger;

    @Test
    void anonymousVisitorIsSentToTheLoginForm() {
        HttpResponse<String> response = new BrowserSession(port).get("/console");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void wrongPasswordStaysOnTheLoginForm() {
        HttpResponse<String> response = new BrowserSession(port).signIn("admin", "wrong-password-123");

        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void signedInOperatorSeesHealthAlertsAuditAndBalances() {
        String title = TestIds.unique("console-alert");
        notifier.alert(Alert.warning("test", title, "shown in the console", Map.of("memberId", "member-9")));
        String member = OrganizationFixtures.registered(context, TestIds.member());
        ledger.post(EntryRequest.builder("console-" + member, "console test credit")
                .move(
                        AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, Asset.LTC),
                        AccountRef.member(member, Asset.LTC, Bucket.AVAILABLE),
                        new BigDecimal("0.125"))
                .build());
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> login = browser.signIn("admin", TestSecrets.ADMIN_PASSWORD);

        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/console");
        assertThat(browser.get("/console").body()).contains("Health", "ledger", title);
        assertThat(browser.get("/console/alerts").body()).contains(title, "memberId=member-9");
        assertThat(browser.get("/console/audit?action=operator.bootstrapped").body())
                .contains("admin");
        assertThat(browser.get("/console/members?memberId=" + member).body()).contains("0.125");
        assertThat(browser.get("/console/members?memberId=bad%20id").body()).contains("not a valid member id");
    }

    @Test
    void dashboardCountsTheWithdrawalsAwaitingApproval() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        String member = OrganizationFixtures.registered(context, TestIds.member());
        fixtures.fund(member, Asset.POINT, "100");
        String memberApp = fixtures.operator("MEMBER_APP");
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));
        String before = awaitingFirstApproval(finance.get("/console").body());

        fixtures.requestWithdrawal(memberApp, member, "10");
        String after = awaitingFirstApproval(finance.get("/console").body());

        String expected = before.startsWith("more") || Integer.parseInt(before) == DashboardController.COUNT_MAX
                ? "more than " + DashboardController.COUNT_MAX
                : Integer.toString(Integer.parseInt(before) + 1);
        assertThat(after).isEqualTo(expected);
        assertThat(finance.get("/console").body())
                .contains("Unknown wallet transactions", "Last mining ETL run", "/console/withdrawals?status=pending");
    }

    @Test
    void addressesQuotedInAlertsAreMaskedBelowAdmin() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        String address = "0x" + "ab12".repeat(9) + "9f3c";
        String title = TestIds.unique("console-address-alert");
        notifier.alert(Alert.warning("test", title, "sent to " + address, Map.of("destination", address)));

        String asOperations = fixtures.signedIn(fixtures.operator("OPERATIONS"))
                .get("/console/alerts")
                .body();
        String asAdmin = fixtures.signedInAsAdmin().get("/console/alerts").body();

        assertThat(asOperations)
                .contains(title, "sent to 0xab12…9f3c", "destination=0xab12…9f3c")
                .doesNotContain(address);
        assertThat(asAdmin).contains("sent to " + address);
    }

    @Test
    void theMemberAppAccountIsNotAConsoleUser() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        BrowserSession memberApp = fixtures.signedIn(fixtures.operator("MEMBER_APP"));

        assertThat(memberApp.get("/console").statusCode()).isEqualTo(403);
        assertThat(memberApp.get("/console/withdrawals").statusCode()).isEqualTo(403);
    }

    private static String awaitingFirstApproval(String dashboard) {
        Matcher counter = Pattern.compile("<span class=\"count\">([^<]+)</span>\\s*<span class=\"label\">"
                        + "Awaiting first approval</span>")
                .matcher(dashboard);
        assertThat(counter.find()).as(dashboard).isTrue();
        return counter.group(1);
    }

    @Test
    void signOutEndsTheSession() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn("admin", TestSecrets.ADMIN_PASSWORD);

        browser.submit("/console", "/logout", Map.of());

        assertThat(browser.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownConsoleUrlIsAConsolePageNotProblemJson() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn("admin", TestSecrets.ADMIN_PASSWORD);

        HttpResponse<String> unknown = browser.get("/console/no-such-page/1");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(unknown.body()).contains("Page not found", "/console/no-such-page/1", "Dashboard");
    }
}

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
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ConsoleIT {

    @LocalServerPort
    int port;
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
        String member = TestIds.member();
        ledger.post(EntryRequest.builder("console-" + member, "console test credit")
                .move(AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, Asset.LTC),
                        AccountRef.member(member, Asset.LTC, Bucket.AVAILABLE), new BigDecimal("0.125"))
                .build());
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> login = browser.signIn("admin", TestSecrets.ADMIN_PASSWORD);

        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/console");
        assertThat(browser.get("/console").body()).contains("Health", "ledger", title);
        assertThat(browser.get("/console/alerts").body()).contains(title, "memberId=member-9");
        assertThat(browser.get("/console/audit?action=operator.bootstrapped").body()).contains("admin");
        assertThat(browser.get("/console/members?memberId=" + member).body()).contains("0.125");
        assertThat(browser.get("/console/members?memberId=bad%20id").body()).contains("not a valid member id");
    }

    @Test
    void signOutEndsTheSession() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn("admin", TestSecrets.ADMIN_PASSWORD);

        browser.submit("/console", "/logout", Map.of());

        assertThat(browser.get("/console").statusCode()).isEqualTo(302);
    }
}

package com.aeghash.console.internal;

import static com.aeghash.console.internal.ConsoleFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.FourEyesOnOperators;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The operators page as production runs it: one administrator asks, another confirms on the same page (forms with
 * the page's CSRF token); and every operator's own password page.
 */
@IntegrationTest
@TestPropertySource(properties = {FourEyesOnOperators.NO_SANDBOX_SWITCH, FourEyesOnOperators.BREAK_GLASS})
class ConsoleOperatorChangesIT {

    private static final Pattern CHANGE_ID = Pattern.compile("\\(change (\\d+)\\)");

    @LocalServerPort
    int port;

    private BrowserSession admin;
    private BrowserSession admin2;

    @BeforeEach
    void twoAdministrators() {
        FourEyesOnOperators.secondAdministrator(port);
        admin = new BrowserSession(port);
        admin.signIn("admin", TestSecrets.ADMIN_PASSWORD);
        admin2 = new BrowserSession(port);
        admin2.signIn(FourEyesOnOperators.SECOND_ADMIN, FourEyesOnOperators.SECOND_ADMIN_PASSWORD);
    }

    @Test
    void aNewOperatorAskedOnThePageIsConfirmedThereByAnotherAdministrator() {
        String username = TestIds.unique("console-new").toLowerCase(Locale.ROOT);
        String password = "secret-" + new StringBuilder(username).reverse();
        TestSecrets.register(password);

        HttpResponse<String> asked = admin.submit(
                "/console/operators",
                "/console/operators",
                form("username", username, "password", password, "roles", "FINANCE", "memberId", "m-console"));
        long id = changeIdIn(asked.body());
        String pendingSignIn = signInLanding(username, password);
        HttpResponse<String> byMaker =
                admin.submit("/console/operators", "/console/operator-changes/" + id + "/confirmation", form());
        HttpResponse<String> confirmed =
                admin2.submit("/console/operators", "/console/operator-changes/" + id + "/confirmation", form());

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body())
                .contains("Operator " + username + " awaits a second administrator", "m-console")
                .doesNotContain(password);
        assertThat(pendingSignIn).contains("/login?error");
        assertThat(byMaker.statusCode()).isEqualTo(409);
        assertThat(byMaker.body()).contains("same_operator");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Change " + id + " confirmed", ">" + username + "<");
        assertThat(signInLanding(username, password)).endsWith("/console");
    }

    @Test
    void disablingIsImmediateAndEnablingAgainWaitsForTheOtherAdministrator() {
        String username = confirmedOperator();
        String password = ConsoleFixtures.passwordOf(username);

        HttpResponse<String> disabled =
                admin.submit("/console/operators", "/console/operators/" + username + "/disabling", form());
        String whileDisabled = signInLanding(username, password);
        HttpResponse<String> enabling =
                admin.submit("/console/operators", "/console/operators/" + username + "/enabling", form());
        String whilePending = signInLanding(username, password);
        admin2.submit(
                "/console/operators",
                "/console/operator-changes/" + changeIdIn(enabling.body()) + "/confirmation",
                form());

        assertThat(disabled.body()).contains("Operator " + username + " disabled");
        assertThat(whileDisabled).contains("/login?error");
        assertThat(enabling.body()).contains("The enable change of " + username + " awaits a second administrator");
        assertThat(whilePending).contains("/login?error");
        assertThat(signInLanding(username, password)).endsWith("/console");
    }

    @Test
    void everyOperatorChangesTheirOwnPasswordOnThePasswordPage() {
        String username = confirmedOperator();
        String password = ConsoleFixtures.passwordOf(username);
        String next = TestIds.unique("console-next-password");
        TestSecrets.register(next);
        BrowserSession operator = new BrowserSession(port);
        operator.signIn(username, password);

        HttpResponse<String> wrong = operator.submit(
                "/console/password",
                "/console/password",
                form("currentPassword", "not-my-password-1", "newPassword", next));
        HttpResponse<String> changed = operator.submit(
                "/console/password", "/console/password", form("currentPassword", password, "newPassword", next));

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("currentPassword: is not your current password");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Password changed").doesNotContain(next);
        assertThat(signInLanding(username, password)).contains("/login?error");
        assertThat(signInLanding(username, next)).endsWith("/console");
    }

    /** A FINANCE operator asked by the first administrator and confirmed by the second, over the API. */
    private String confirmedOperator() {
        String username = TestIds.unique("console").toLowerCase(Locale.ROOT);
        TestSecrets.register(ConsoleFixtures.passwordOf(username));
        ApiClient.Response asked = ApiClient.admin(port)
                .post(
                        "/api/v1/operators",
                        "{\"username\":\"" + username + "\",\"password\":\"" + ConsoleFixtures.passwordOf(username)
                                + "\",\"roles\":[\"FINANCE\"]}");
        ApiClient.Response confirmed = FourEyesOnOperators.secondAdministrator(port)
                .post(FourEyesOnOperators.changePath(asked.json().path("id").asLong(), "confirm"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return username;
    }

    private String signInLanding(String username, String password) {
        return new BrowserSession(port)
                .signIn(username, password)
                .headers()
                .firstValue("Location")
                .orElseThrow();
    }

    private static long changeIdIn(String page) {
        Matcher id = CHANGE_ID.matcher(page);
        assertThat(id.find()).as(page).isTrue();
        return Long.parseLong(id.group(1));
    }
}

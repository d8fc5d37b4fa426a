package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.UnitOfWork;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * An operator's console sessions end in the transaction that deletes the operator or changes their access
 * ({@link OperatorAccessChanged}): the next request with the old cookie is anonymous, on the API (401 problem) as on
 * the console (the sign-in page). Sessions of other operators live on.
 */
@OnEachDatabase
class OperatorSessionsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UnitOfWork unitOfWork;

    @RegisterExtension
    final TestApplication application;

    OperatorSessionsIT(TestDatabases.Kind database) {
        application = TestApplication.on(database);
    }

    @Test
    void aDeletedOperatorsSessionEndsAtOnceAndAnotherOperatorsSessionLivesOn() {
        String deleted = operator("OPERATIONS");
        String bystander = operator("OPERATIONS");
        BrowserSession deletedsBrowser = signedIn(deleted);
        BrowserSession bystandersBrowser = signedIn(bystander);
        assertThat(balancesStatus(deletedsBrowser)).isEqualTo(200);

        assertThat(ApiClient.admin(port).delete("/api/v1/operators/" + deleted).status())
                .isEqualTo(204);

        HttpResponse<String> api = deletedsBrowser.get("/api/v1/members/member-1/balances");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("\"code\":\"unauthorized\"");
        assertThat(deletedsBrowser.get("/console").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(bystandersBrowser.get("/console").statusCode()).isEqualTo(200);
        assertThat(balancesStatus(bystandersBrowser)).isEqualTo(200);
    }

    @Test
    void anAdministratorDeletedAndCreatedAgainWithFewerRolesCannotUseTheOldSession() {
        String formerAdmin = operator("ADMIN");
        BrowserSession oldSession = signedIn(formerAdmin);
        String token = oldSession.pageToken("/console");
        ApiClient admin = ApiClient.admin(port);
        assertThat(admin.delete("/api/v1/operators/" + formerAdmin).status()).isEqualTo(204);
        assertThat(create(admin, formerAdmin, "FINANCE").status()).isEqualTo(201);

        String victim = TestIds.unique("made-by-old-session").toLowerCase(Locale.ROOT);
        HttpResponse<String> attempt = oldSession.postJson(
                "/api/v1/operators", operatorJson(victim, "ADMIN"), Map.of(BrowserSession.CSRF_HEADER, token));

        assertThat(attempt.statusCode()).isIn(401, 403);
        assertThat(admin.get("/api/v1/operators").body()).doesNotContain(victim);
    }

    @Test
    void aChangeOfRolesEndsTheSessionsOfThatOperatorOnly() {
        String changed = operator("FINANCE");
        String bystander = operator("FINANCE");
        BrowserSession first = signedIn(changed);
        BrowserSession second = signedIn(changed);
        BrowserSession bystanders = signedIn(bystander);

        unitOfWork.inTransaction(() -> events.publishEvent(new OperatorAccessChanged(changed, "roles")));

        assertThat(balancesStatus(first)).isEqualTo(401);
        assertThat(balancesStatus(second)).isEqualTo(401);
        assertThat(balancesStatus(bystanders)).isEqualTo(200);
    }

    @Test
    void aChangeThatRollsBackLeavesTheSessions() {
        String operator = operator("FINANCE");
        BrowserSession browser = signedIn(operator);

        try {
            unitOfWork.inTransaction(() -> {
                events.publishEvent(new OperatorAccessChanged(operator, "roles"));
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the change and the end of the sessions roll back together
        }

        assertThat(balancesStatus(browser)).isEqualTo(200);
    }

    private String operator(String role) {
        String username = TestIds.unique("sessions").toLowerCase(Locale.ROOT);
        ApiClient.Response created = create(ApiClient.admin(port), username, role);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private static ApiClient.Response create(ApiClient admin, String username, String role) {
        TestSecrets.register(passwordOf(username));
        return admin.post("/api/v1/operators", operatorJson(username, role));
    }

    private static String operatorJson(String username, String role) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + passwordOf(username) + "\",\"roles\":[\"" + role
                + "\"]}";
    }

    private BrowserSession signedIn(String username) {
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> signIn = browser.signIn(username, passwordOf(username));
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(landing -> assertThat(landing).endsWith("/console"));
        return browser;
    }

    /** What the API answers the browser for a read every operator may do. */
    private static int balancesStatus(BrowserSession browser) {
        return browser.get("/api/v1/members/member-1/balances").statusCode();
    }

    private static String passwordOf(String username) {
        return "pass-" + new StringBuilder(username).reverse();
    }
}

package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.UnitOfWork;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An operator's console sessions end in the transaction that deletes the operator or changes their access
 * ({@link OperatorAccessChanged}): the next request with the old cookie is anonymous, on the API (401 problem) as on
 * the console (the sign-in page). Sessions of other operators live on.
 */
@OnEachDatabase
class OperatorSessionsIT extends RunningApplicationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UnitOfWork unitOfWork;

    @Autowired
    JdbcClient jdbc;

    OperatorSessionsIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @Test
    void aDeletedOperatorsSessionEndsAtOnceAndAnotherOperatorsSessionLivesOn() {
        String deleted = OperatorFixtures.operator(port, "OPERATIONS");
        String bystander = OperatorFixtures.operator(port, "OPERATIONS");
        BrowserSession deletedsBrowser = OperatorFixtures.signedIn(port, deleted);
        BrowserSession bystandersBrowser = OperatorFixtures.signedIn(port, bystander);
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
        String formerAdmin = OperatorFixtures.operator(port, "ADMIN");
        BrowserSession oldSession = OperatorFixtures.signedIn(port, formerAdmin);
        String token = oldSession.pageToken("/console");
        ApiClient admin = ApiClient.admin(port);
        assertThat(admin.delete("/api/v1/operators/" + formerAdmin).status()).isEqualTo(204);
        assertThat(OperatorFixtures.create(admin, formerAdmin, "FINANCE").status())
                .isEqualTo(201);

        String victim = TestIds.unique("made-by-old-session").toLowerCase(Locale.ROOT);
        HttpResponse<String> attempt = oldSession.postJson(
                "/api/v1/operators",
                OperatorFixtures.operatorJson(victim, "ADMIN"),
                Map.of(BrowserSession.CSRF_HEADER, token));

        assertThat(attempt.statusCode()).isIn(401, 403);
        assertThat(admin.get("/api/v1/operators").body()).doesNotContain(victim);
    }

    @Test
    void aChangeOfRolesEndsTheSessionsOfThatOperatorOnly() {
        String changed = OperatorFixtures.operator(port, "FINANCE");
        String bystander = OperatorFixtures.operator(port, "FINANCE");
        BrowserSession first = OperatorFixtures.signedIn(port, changed);
        BrowserSession second = OperatorFixtures.signedIn(port, changed);
        BrowserSession bystanders = OperatorFixtures.signedIn(port, bystander);

        unitOfWork.inTransaction(() -> events.publishEvent(new OperatorAccessChanged(changed, "roles")));

        assertThat(balancesStatus(first)).isEqualTo(401);
        assertThat(balancesStatus(second)).isEqualTo(401);
        assertThat(balancesStatus(bystanders)).isEqualTo(200);
    }

    @Test
    void changingOnesOwnPasswordKeepsTheSessionItWasChangedInAndEndsTheOthers() {
        String operator = OperatorFixtures.operator(port, "FINANCE");
        BrowserSession asking = OperatorFixtures.signedIn(port, operator);
        BrowserSession elsewhere = OperatorFixtures.signedIn(port, operator);

        HttpResponse<String> changed = asking.submit(
                "/console/password",
                "/console/password",
                Map.of(
                        "currentPassword",
                        OperatorFixtures.passwordOf(operator),
                        "newPassword",
                        "fresh-passphrase-9q2w7e"));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Password changed");
        assertThat(balancesStatus(asking)).isEqualTo(200);
        assertThat(balancesStatus(elsewhere)).isEqualTo(401);
    }

    @Test
    void changingOnesOwnPasswordOverBasicEndsEverySession() {
        String operator = OperatorFixtures.operator(port, "FINANCE");
        BrowserSession browser = OperatorFixtures.signedIn(port, operator);

        ApiClient.Response changed = ApiClient.as(port, operator, OperatorFixtures.passwordOf(operator))
                .post(
                        "/api/v1/operators/me/password",
                        "{\"currentPassword\":\"" + OperatorFixtures.passwordOf(operator)
                                + "\",\"newPassword\":\"fresh-passphrase-9q2w7e" + "\"}");

        assertThat(changed.status()).isEqualTo(204);
        assertThat(balancesStatus(browser)).isEqualTo(401);
    }

    @Test
    void aChangeThatRollsBackLeavesTheSessions() {
        String operator = OperatorFixtures.operator(port, "FINANCE");
        BrowserSession browser = OperatorFixtures.signedIn(port, operator);

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

    @Test
    void aSessionWhoseOperatorChangedWithoutTheEventEndsAtItsNextRequest() {
        String regraded = OperatorFixtures.operator(port, "FINANCE");
        String removed = OperatorFixtures.operator(port, "FINANCE");
        BrowserSession regradedsBrowser = OperatorFixtures.signedIn(port, regraded);
        BrowserSession removedsBrowser = OperatorFixtures.signedIn(port, removed);

        // what a sign-in racing the change leaves: a session written after the change's DELETE of sessions
        jdbc.sql("UPDATE operators SET roles = 'OPERATIONS' WHERE username = :username")
                .param("username", regraded)
                .update();
        jdbc.sql("DELETE FROM operators WHERE username = :username")
                .param("username", removed)
                .update();

        assertThat(balancesStatus(regradedsBrowser)).isEqualTo(401);
        assertThat(balancesStatus(removedsBrowser)).isEqualTo(401);
        assertThat(balancesStatus(OperatorFixtures.signedIn(port, regraded))).isEqualTo(200);
    }

    /** What the API answers the browser for a read every operator may do. */
    private static int balancesStatus(BrowserSession browser) {
        return browser.get("/api/v1/members/member-1/balances").statusCode();
    }
}

package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditLog;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every operator changes their own password, knowing the current one; nothing else changes it. */
@IntegrationTest
class OwnPasswordIT {

    private static final String PATH = "/api/v1/operators/me/password";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Test
    void anOperatorChangesTheirOwnPasswordAndOnlyTheNewOneWorksAfterwards() {
        String username = TestIds.unique("pw").toLowerCase(Locale.ROOT);
        String current = TestIds.unique("first-password");
        String next = TestIds.unique("second-password");
        TestSecrets.register(current);
        TestSecrets.register(next);
        createOperator(username, current);

        ApiClient.Response changed = ApiClient.as(port, username, current)
                .postJson(PATH, Map.of("currentPassword", current, "newPassword", next));

        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(ApiClient.as(port, username, current)
                        .get("/api/v1/members/m/balances")
                        .status())
                .isEqualTo(401);
        assertThat(ApiClient.as(port, username, next)
                        .get("/api/v1/members/m/balances")
                        .status())
                .isEqualTo(200);
        assertThat(auditLog.recent("operator.password.changed", 100)).anySatisfy(entry -> {
            assertThat(entry.target()).isEqualTo(username);
            assertThat(entry.actor()).isEqualTo(username);
            assertThat(entry.details().toString()).doesNotContain(next).doesNotContain(current);
        });
    }

    @Test
    void guessingTheCurrentPasswordInASignedInSessionIsThrottledLikeASignIn() {
        String username = OperatorFixtures.operator(port, "FINANCE");
        BrowserSession session = OperatorFixtures.signedIn(port, username);
        String next = "fresh-passphrase-9q2w7e";

        List<Integer> guesses = new ArrayList<>();
        for (int guess = 1; guess <= 7; guess++) {
            guesses.add(changeInConsole(session, "wrong-guess-number-" + guess, next));
        }
        int rightOneWhileThrottled = changeInConsole(session, OperatorFixtures.passwordOf(username), next);

        assertThat(guesses.subList(0, 6)).containsOnly(400);
        assertThat(guesses.get(6))
                .as("after six wrong ones the seventh waits, as a seventh sign-in of the user name would")
                .isEqualTo(429);
        assertThat(rightOneWhileThrottled).isEqualTo(429);
        assertThat(ApiClient.as(port, username, OperatorFixtures.passwordOf(username))
                        .get("/api/v1/members/m/balances")
                        .status())
                .as("the user name's sign-ins wait too")
                .isEqualTo(429);
        assertThat(auditLog.recent("operator.password.changed", 100))
                .noneSatisfy(entry -> assertThat(entry.target()).isEqualTo(username));
    }

    private static int changeInConsole(BrowserSession session, String current, String next) {
        return session.submit(
                        "/console/password",
                        "/console/password",
                        Map.of("currentPassword", current, "newPassword", next))
                .statusCode();
    }

    @Test
    void aWrongCurrentPasswordOrANewOneBreakingTheRulesIsA400AndChangesNothing() {
        String username = TestIds.unique("pw").toLowerCase(Locale.ROOT);
        String current = TestIds.unique("first-password");
        TestSecrets.register(current);
        createOperator(username, current);
        ApiClient operator = ApiClient.as(port, username, current);

        ApiClient.Response wrongCurrent = operator.postJson(
                PATH, Map.of("currentPassword", "not-the-password-1", "newPassword", "a-fine-new-password-1"));
        ApiClient.Response tooShort =
                operator.postJson(PATH, Map.of("currentPassword", current, "newPassword", "short"));
        ApiClient.Response withName =
                operator.postJson(PATH, Map.of("currentPassword", current, "newPassword", "x-" + username + "-x"));

        assertThat(wrongCurrent.status()).as(wrongCurrent.body()).isEqualTo(400);
        assertThat(wrongCurrent.json().path("field").asString()).isEqualTo("currentPassword");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("field").asString()).isEqualTo("newPassword");
        assertThat(withName.json().path("field").asString()).isEqualTo("newPassword");
        assertThat(operator.get("/api/v1/members/m/balances").status()).isEqualTo(200);
        assertThat(auditLog.recent("operator.password.changed", 100))
                .noneMatch(entry -> entry.target().equals(username));
    }

    @Test
    void withoutCredentialsItIsA401() {
        assertThat(ApiClient.anonymous(port)
                        .postJson(PATH, Map.of("currentPassword", "a", "newPassword", "b"))
                        .status())
                .isEqualTo(401);
    }

    private void createOperator(String username, String password) {
        ApiClient.Response created = ApiClient.admin(port)
                .postJson(
                        "/api/v1/operators",
                        Map.of("username", username, "password", password, "roles", List.of("OPERATIONS")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
}

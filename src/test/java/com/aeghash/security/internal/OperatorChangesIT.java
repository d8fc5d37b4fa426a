package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.FourEyesOnOperators;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Four eyes on operators, as in production: a new operator, a role change and enabling again take effect only once a
 * second administrator confirms them. The first administrator's second colleague comes through the break-glass path
 * (the only one while one administrator exists), once per test server.
 */
@IntegrationTest
@TestPropertySource(properties = {FourEyesOnOperators.NO_SANDBOX_SWITCH, FourEyesOnOperators.BREAK_GLASS})
class OperatorChangesIT {

    static final String PASSWORD = "operator-change-pass-1";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    private ApiClient admin;
    private ApiClient admin2;

    @BeforeEach
    void twoAdministrators() {
        admin = ApiClient.admin(port);
        admin2 = FourEyesOnOperators.secondAdministrator(port);
    }

    @Test
    void aNewOperatorWaitsForASecondAdministratorAndCannotSignInUntilThen() {
        String username = TestIds.unique("new").toLowerCase(Locale.ROOT);
        ApiClient newcomer = ApiClient.as(port, username, PASSWORD);

        ApiClient.Response asked = create(admin, username, "FINANCE");
        long id = asked.json().path("id").asLong();
        int basicBefore = newcomer.get("/api/v1/members/member-1/balances").status();
        String formBefore = new BrowserSession(port)
                .signIn(username, PASSWORD)
                .headers()
                .firstValue("Location")
                .orElseThrow();
        ApiClient.Response byMaker = admin.post(FourEyesOnOperators.changePath(id, "confirm"));
        ApiClient.Response pending = admin2.get("/api/v1/operator-changes");
        ApiClient.Response confirmed = admin2.post(FourEyesOnOperators.changePath(id, "confirm"));
        ApiClient.Response again = admin2.post(FourEyesOnOperators.changePath(id, "confirm"));

        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().path("state").asString()).isEqualTo("pending");
        assertThat(asked.json().path("kind").asString()).isEqualTo("create");
        assertThat(asked.body()).doesNotContain(PASSWORD);
        assertThat(basicBefore).isEqualTo(401);
        assertThat(formBefore).contains("/login?error");
        assertThat(byMaker.status()).isEqualTo(409);
        assertThat(byMaker.json().path("code").asString()).isEqualTo("same_operator");
        assertThat(pending.body()).contains(username);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("state").asString()).isEqualTo("confirmed");
        assertThat(confirmed.json().path("checker").asString()).isEqualTo(FourEyesOnOperators.SECOND_ADMIN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("operator_change_decided");
        assertThat(newcomer.get("/api/v1/members/member-1/balances").status()).isEqualTo(200);
        assertThat(auditOf(username))
                .extracting(AuditEntry::action)
                .containsExactly("operator.created", "operator.change.confirmed", "operator.change.requested");
        assertThat(auditOf(username).get(0).details())
                .containsEntry("maker", "admin")
                .containsEntry("checker", FourEyesOnOperators.SECOND_ADMIN);
    }

    @Test
    void aRejectedCreationLeavesNoOperator() {
        String username = TestIds.unique("nope").toLowerCase(Locale.ROOT);
        long id = create(admin, username, "OPERATIONS").json().path("id").asLong();

        ApiClient.Response rejected = admin2.post(FourEyesOnOperators.changePath(id, "reject"));
        ApiClient.Response confirmedLate = admin2.post(FourEyesOnOperators.changePath(id, "confirm"));

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().path("state").asString()).isEqualTo("rejected");
        assertThat(confirmedLate.status()).isEqualTo(409);
        assertThat(ApiClient.as(port, username, PASSWORD)
                        .get("/api/v1/members/m/balances")
                        .status())
                .isEqualTo(401);
        assertThat(admin.get("/api/v1/operators").body()).doesNotContain(username);
    }

    @Test
    void aRoleChangeTakesEffectOnlyOnceASecondAdministratorConfirmsIt() {
        String username = confirmedOperator("FINANCE");
        ApiClient operator = ApiClient.as(port, username, PASSWORD);

        ApiClient.Response asked =
                admin.put("/api/v1/operators/" + username + "/roles", "{\"roles\":[\"OPERATIONS\"]}");
        String rolesWhilePending = rolesOf(username);
        ApiClient.Response confirmed = admin2.post(
                FourEyesOnOperators.changePath(asked.json().path("id").asLong(), "confirm"));

        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().path("kind").asString()).isEqualTo("roles");
        assertThat(rolesWhilePending).isEqualTo("[\"FINANCE\"]");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(rolesOf(username)).isEqualTo("[\"OPERATIONS\"]");
        assertThat(operator.get("/api/v1/approval-requests").status()).isEqualTo(200);
        assertThat(auditOf(username)).extracting(AuditEntry::action).contains("operator.roles.changed");
    }

    @Test
    void disablingIsImmediateButEnablingAgainWaitsForASecondAdministrator() {
        String username = confirmedOperator("OPERATIONS");
        ApiClient operator = ApiClient.as(port, username, PASSWORD);

        ApiClient.Response disabled = admin.post("/api/v1/operators/" + username + "/disable");
        int whileDisabled = operator.get("/api/v1/members/m/balances").status();
        ApiClient.Response enable = admin.post("/api/v1/operators/" + username + "/enable");
        int whilePending = operator.get("/api/v1/members/m/balances").status();
        ApiClient.Response confirmed = admin2.post(
                FourEyesOnOperators.changePath(enable.json().path("id").asLong(), "confirm"));

        assertThat(disabled.status()).as(disabled.body()).isEqualTo(204);
        assertThat(whileDisabled).isEqualTo(401);
        assertThat(enable.status()).as(enable.body()).isEqualTo(202);
        assertThat(whilePending).isEqualTo(401);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(operator.get("/api/v1/members/m/balances").status()).isEqualTo(200);
        assertThat(auditOf(username)).extracting(AuditEntry::action).contains("operator.disabled", "operator.enabled");
    }

    @Test
    void oneAdministratorCannotConfirmTheirOwnChangeWhileAnotherExistsEvenWithBreakGlass() {
        String username = TestIds.unique("solo").toLowerCase(Locale.ROOT);
        long id = create(admin2, username, "ADMIN").json().path("id").asLong();

        ApiClient.Response byMaker = admin2.post(FourEyesOnOperators.changePath(id, "confirm"));

        assertThat(byMaker.status()).isEqualTo(409);
        assertThat(byMaker.json().path("code").asString()).isEqualTo("same_operator");
        assertThat(admin.get("/api/v1/operators").body()).doesNotContain(username);
        assertThat(admin.post(FourEyesOnOperators.changePath(id, "reject")).status())
                .isEqualTo(200);
    }

    @Test
    void aSecondChangeOfTheSameOperatorWaitsForTheFirstToBeDecided() {
        String username = confirmedOperator("FINANCE");

        ApiClient.Response first =
                admin.put("/api/v1/operators/" + username + "/roles", "{\"roles\":[\"OPERATIONS\"]}");
        ApiClient.Response second = admin.put("/api/v1/operators/" + username + "/roles", "{\"roles\":[\"ADMIN\"]}");

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("code").asString()).isEqualTo("operator_change_pending");
        assertThat(admin2.post(FourEyesOnOperators.changePath(
                                first.json().path("id").asLong(), "reject"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aMemberLinkIsSetAtCreationAndShownWithTheOperator() {
        String username = TestIds.unique("linked").toLowerCase(Locale.ROOT);
        String member = TestIds.member();
        ApiClient.Response asked = admin.postJson(
                "/api/v1/operators",
                Map.of("username", username, "password", PASSWORD, "roles", List.of("FINANCE"), "memberId", member));

        admin2.post(FourEyesOnOperators.changePath(asked.json().path("id").asLong(), "confirm"));

        assertThat(asked.json().path("memberId").asString()).isEqualTo(member);
        assertThat(admin.get("/api/v1/operators").json().findValues("username").toString())
                .contains(username);
        assertThat(admin.get("/api/v1/operators").body()).contains("\"memberId\":\"" + member + "\"");
    }

    @Test
    void aMemberLinkChangesOnlyOnceConfirmedAndNullUnlinks() {
        String username = confirmedOperator("FINANCE");
        String member = TestIds.member();

        ApiClient.Response link =
                admin.put("/api/v1/operators/" + username + "/member", "{\"memberId\":\"" + member + "\"}");
        boolean linkedWhilePending = admin.get("/api/v1/operators").body().contains(member);
        admin2.post(FourEyesOnOperators.changePath(link.json().path("id").asLong(), "confirm"));
        boolean linkedOnceConfirmed = admin.get("/api/v1/operators").body().contains(member);
        ApiClient.Response unlink = admin2.put("/api/v1/operators/" + username + "/member", "{\"memberId\":null}");
        admin.post(FourEyesOnOperators.changePath(unlink.json().path("id").asLong(), "confirm"));
        ApiClient.Response badId =
                admin.put("/api/v1/operators/" + username + "/member", "{\"memberId\":\"no spaces\"}");

        assertThat(link.status()).as(link.body()).isEqualTo(202);
        assertThat(link.json().path("kind").asString()).isEqualTo("member");
        assertThat(linkedWhilePending).isFalse();
        assertThat(linkedOnceConfirmed).isTrue();
        assertThat(admin.get("/api/v1/operators").body()).doesNotContain(member);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().path("field").asString()).isEqualTo("memberId");
        assertThat(auditOf(username)).extracting(AuditEntry::action).contains("operator.member.linked");
    }

    private ApiClient.Response create(ApiClient maker, String username, String... roles) {
        ApiClient.Response asked = maker.postJson(
                "/api/v1/operators", Map.of("username", username, "password", PASSWORD, "roles", List.of(roles)));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        return asked;
    }

    private String confirmedOperator(String... roles) {
        String username = TestIds.unique("op").toLowerCase(Locale.ROOT);
        ApiClient.Response confirmed = admin2.post(FourEyesOnOperators.changePath(
                create(admin, username, roles).json().path("id").asLong(), "confirm"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return username;
    }

    private String rolesOf(String username) {
        for (var operator : admin.get("/api/v1/operators").json()) {
            if (operator.path("username").asString().equals(username)) {
                return operator.path("roles").toString();
            }
        }
        throw new AssertionError("no operator " + username);
    }

    private List<AuditEntry> auditOf(String username) {
        return auditLog.recent(null, 500).stream()
                .filter(entry -> username.equals(entry.target()))
                .toList();
    }
}

package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditLog;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OperatorsIT {

    private static final String PASSWORD = "operator-password-1";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    private ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = ApiClient.admin(port);
    }

    @Test
    void apiWithoutCredentialsIsA401ProblemAndCreatesNoSession() {
        ApiClient.Response response = ApiClient.anonymous(port).get("/api/v1/members/member-1/balances");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("code").asString()).isEqualTo("unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.header("Set-Cookie")).isNull();
    }

    @Test
    void wrongPasswordIsA401() {
        assertThat(ApiClient.as(port, "admin", "not-the-password")
                        .get("/api/v1/operators")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void openPathsNeedNoCredentials() {
        ApiClient anonymous = ApiClient.anonymous(port);

        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(admin.get("/actuator/prometheus").status()).isEqualTo(200);
    }

    @Test
    void adminCreatesListsAndDeletesOperatorsAndEveryChangeIsAudited() {
        String username = TestIds.unique("ops").toLowerCase();

        ApiClient.Response created = admin.post(
                "/api/v1/operators",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"OPERATIONS\"]}");
        ApiClient.Response duplicate = admin.post(
                "/api/v1/operators",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"FINANCE\"]}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("password");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/operators").body()).contains(username);
        assertThat(ApiClient.as(port, username, PASSWORD)
                        .get("/api/v1/members/member-1/balances")
                        .status())
                .isEqualTo(200);

        assertThat(admin.delete("/api/v1/operators/" + username).status()).isEqualTo(204);
        assertThat(ApiClient.as(port, username, PASSWORD)
                        .get("/api/v1/members/member-1/balances")
                        .status())
                .isEqualTo(401);
        assertThat(auditLog.recent(null, 50))
                .extracting(entry -> entry.action() + ":" + entry.target())
                .contains("operator.created:" + username, "operator.deleted:" + username);
    }

    @Test
    void nonAdminsCannotManageOperators() {
        String username = TestIds.unique("fin").toLowerCase();
        admin.post(
                "/api/v1/operators",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"FINANCE\"]}");
        ApiClient finance = ApiClient.as(port, username, PASSWORD);

        ApiClient.Response response = finance.post(
                "/api/v1/operators",
                "{\"username\":\"sneaky\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"ADMIN\"]}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("code").asString()).isEqualTo("forbidden");
        assertThat(admin.get("/api/v1/operators").body()).doesNotContain("sneaky");
    }

    @Test
    void badOperatorRequestsAre400WithTheField() {
        ApiClient.Response unknownRole = admin.post(
                "/api/v1/operators",
                "{\"username\":\"someone\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"KING\"]}");
        ApiClient.Response shortPassword = admin.post(
                "/api/v1/operators", "{\"username\":\"someone\",\"password\":\"short\",\"roles\":[\"FINANCE\"]}");
        ApiClient.Response badName = admin.post(
                "/api/v1/operators",
                "{\"username\":\"Some One\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"FINANCE\"]}");

        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.json().path("field").asString()).startsWith("roles");
        assertThat(shortPassword.json().path("field").asString()).isEqualTo("password");
        assertThat(badName.json().path("field").asString()).isEqualTo("username");
    }

    @Test
    void aPasswordBeyondBcryptsLimitOf72BytesIsA400AndNoOperatorIsCreated() {
        String username = TestIds.unique("long").toLowerCase(Locale.ROOT);
        ApiClient.Response tooLong = admin.post(
                "/api/v1/operators",
                "{\"username\":\"" + username + "\",\"password\":\"" + "é".repeat(40) + "\",\"roles\":[\"FINANCE\"]}");

        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.json().path("field").asString()).isEqualTo("password");
        assertThat(admin.get("/api/v1/operators").body()).doesNotContain(username);
    }

    @Test
    void lastAdministratorAndOneselfCannotBeDeleted() {
        assertThat(admin.delete("/api/v1/operators/admin").status()).isEqualTo(409);
    }
}

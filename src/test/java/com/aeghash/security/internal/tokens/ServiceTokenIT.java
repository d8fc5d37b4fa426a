package com.aeghash.security.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Service tokens: issued once, listed without secrets, checked by hash, revoked at once, audited. */
@IntegrationTest
class ServiceTokenIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIssuedTokenIsShownOnceStoredAsItsHashAndAuthenticatesTheClient() {
        ApiClient.Response issued = ServiceTokenFixtures.issue(port, null, "MEMBER_APP");
        String token = issued.json().path("token").asString();
        String prefix = issued.json().path("serviceToken").path("prefix").asString();

        ApiClient.Response balances =
                ApiClient.bearer(port, token).get("/api/v1/members/" + TestIds.member() + "/balances");
        ApiClient.Response listed = ApiClient.admin(port).get("/api/v1/service-tokens");
        Map<String, Object> row = jdbc.sql("SELECT prefix, token_hash FROM service_tokens WHERE prefix = :prefix")
                .param("prefix", prefix)
                .query()
                .singleRow();

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(token).matches("aeg_st_[a-z0-9]{10}_[A-Za-z0-9_-]{43}").startsWith(prefix + "_");
        assertThat(balances.status()).as(balances.body()).isEqualTo(200);
        assertThat(listed.body())
                .contains(prefix)
                .doesNotContain(token)
                .doesNotContain(ServiceTokenSecrets.hash(token));
        assertThat(row.get("token_hash")).isEqualTo(ServiceTokenSecrets.hash(token));
        assertThat(ApiClient.admin(port).get("/api/v1/service-tokens").body())
                .doesNotContain("token_hash", "tokenHash");
    }

    @Test
    void aRevokedTokenIsRefusedAtTheNextRequestWhileItsSuccessorWorks() {
        ApiClient.Response old = ServiceTokenFixtures.issue(port, null, "MEMBER_APP");
        String successor = ServiceTokenFixtures.token(port, "MEMBER_APP");
        String path = "/api/v1/members/" + TestIds.member() + "/balances";
        ApiClient oldClient = ApiClient.bearer(port, old.json().path("token").asString());
        assertThat(oldClient.get(path).status()).isEqualTo(200);

        ApiClient.Response revoked = ApiClient.admin(port)
                .post("/api/v1/service-tokens/"
                        + old.json().path("serviceToken").path("id").asLong() + "/revocation");
        ApiClient.Response refused = oldClient.get(path);

        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().path("revokedBy").asString()).isEqualTo("admin");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("code").asString()).isEqualTo("unauthorized");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(ApiClient.bearer(port, successor).get(path).status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        ApiClient.Response issued =
                ServiceTokenFixtures.issue(port, Instant.now().plusMillis(1500).toString(), "MEMBER_APP");
        ApiClient client = ApiClient.bearer(port, issued.json().path("token").asString());
        String path = "/api/v1/members/" + TestIds.member() + "/balances";
        assertThat(client.get(path).status()).isEqualTo(200);

        Thread.sleep(2000);

        assertThat(client.get(path).status()).isEqualTo(401);
    }

    @Test
    void unknownAndMalformedBearerCredentialsAre401() {
        String unknown = "aeg_st_abcdefghij_" + "A".repeat(43);
        String path = "/api/v1/members/" + TestIds.member() + "/balances";

        assertThat(ApiClient.bearer(port, unknown).get(path).status()).isEqualTo(401);
        assertThat(ApiClient.bearer(port, "aeg_st_short").get(path).status()).isEqualTo(401);
        assertThat(ApiClient.bearer(port, "not-a-token").get(path).status()).isEqualTo(401);
    }

    @Test
    void onlyMemberAppAndMonitoringTokensExistAndOnlyAnAdministratorIssuesThem() {
        ApiClient operations = ApiClient.newOperator(port, "OPERATIONS");

        for (String role : new String[] {"ADMIN", "FINANCE", "OPERATIONS"}) {
            ApiClient.Response refused = ServiceTokenFixtures.issue(port, null, role);
            assertThat(refused.status()).as(role).isEqualTo(400);
            assertThat(refused.json().path("field").asString()).isEqualTo("roles");
        }
        assertThat(ServiceTokenFixtures.issue(port, "2001-01-01T00:00:00Z", "MONITORING")
                        .status())
                .isEqualTo(400);
        assertThat(operations
                        .postJson("/api/v1/service-tokens", Map.of("name", "x", "roles", new String[] {"MONITORING"}))
                        .status())
                .isEqualTo(403);
        assertThat(operations.get("/api/v1/service-tokens").status()).isEqualTo(403);
    }

    @Test
    void issueAndRevocationAreAuditedAndTheLastUseIsKept() {
        ApiClient.Response issued = ServiceTokenFixtures.issue(port, null, "MONITORING");
        String prefix = issued.json().path("serviceToken").path("prefix").asString();
        long id = issued.json().path("serviceToken").path("id").asLong();
        ApiClient.bearer(port, issued.json().path("token").asString()).get("/actuator/prometheus");
        ApiClient.admin(port).post("/api/v1/service-tokens/" + id + "/revocation");
        ApiClient.admin(port).post("/api/v1/service-tokens/" + id + "/revocation");

        JsonNode issuedEntries = ApiClient.admin(port)
                .get("/api/v1/audit?action=service_token.issued")
                .json();
        JsonNode revokedEntries = ApiClient.admin(port)
                .get("/api/v1/audit?action=service_token.revoked")
                .json();
        Object lastUsed = jdbc.sql("SELECT last_used_at FROM service_tokens WHERE id = :id")
                .param("id", id)
                .query()
                .singleValue();

        assertThat(issuedEntries.findValuesAsString("target")).contains(prefix);
        assertThat(revokedEntries.findValuesAsString("target").stream().filter(prefix::equals))
                .hasSize(1);
        assertThat(lastUsed).isNotNull();
    }
}

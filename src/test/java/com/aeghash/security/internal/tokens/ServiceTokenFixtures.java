package com.aeghash.security.internal.tokens;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Service tokens issued through the API as the admin; every token and its hash are registered for the log scan. */
final class ServiceTokenFixtures {

    private ServiceTokenFixtures() {}

    /** Issues a token with the roles (and expiry, ISO instant or null) and returns the whole 201 answer. */
    static ApiClient.Response issue(int port, String expiresAt, String... roles) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", TestIds.unique("client"));
        body.put("roles", List.of(roles));
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt);
        }
        ApiClient.Response issued = ApiClient.admin(port).postJson("/api/v1/service-tokens", body);
        String token = issued.json().path("token").asString("");
        TestSecrets.register(token);
        if (!token.isEmpty()) {
            TestSecrets.register(ServiceTokenSecrets.hash(token));
        }
        return issued;
    }

    /** The token of a new token with the roles, no expiry. */
    static String token(int port, String... roles) {
        ApiClient.Response issued = issue(port, null, roles);
        if (issued.status() != 201) {
            throw new IllegalStateException("token not issued: " + issued);
        }
        return issued.json().path("token").asString();
    }
}

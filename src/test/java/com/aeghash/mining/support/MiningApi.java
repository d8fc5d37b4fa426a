package com.aeghash.mining.support;

import com.aeghash.testsupport.TestSecrets;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running application's HTTP API as an operator uses it: an OPERATIONS operator (created once with the
 * admin's password) for mining calls, the admin for the simulator's fault plans.
 */
public final class MiningApi {

    public static final String OPERATOR = "mining-ops-test";
    public static final String OPERATOR_PASSWORD = "mining-ops-password-3e8b1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer: status and JSON body (null when empty). */
    public record Answer(int status, JsonNode body) {
    }

    private final RestClient http;

    public MiningApi(int port) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
        TestSecrets.register(OPERATOR_PASSWORD);
        Answer created = call("POST", "/api/v1/operators", "{\"username\":\"" + OPERATOR + "\",\"password\":\""
                + OPERATOR_PASSWORD + "\",\"roles\":[\"OPERATIONS\"]}", "admin", TestSecrets.ADMIN_PASSWORD);
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("could not create the test operator: " + created);
        }
    }

    public Answer post(String path, String body) {
        return call("POST", path, body, OPERATOR, OPERATOR_PASSWORD);
    }

    public Answer get(String path) {
        return call("GET", path, null, OPERATOR, OPERATOR_PASSWORD);
    }

    public Answer putAsAdmin(String path, String body) {
        return call("PUT", path, body, "admin", TestSecrets.ADMIN_PASSWORD);
    }

    private Answer call(String method, String path, String body, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        RestClient.RequestBodySpec request = http.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + credentials)
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((clientRequest, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            return new Answer(response.getStatusCode().value(), bytes.length == 0 ? null : JSON.readTree(bytes));
        });
    }
}

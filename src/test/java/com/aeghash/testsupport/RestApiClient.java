package com.aeghash.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Calls the running test server's API as one operator (or anonymously) and never throws on 4xx/5xx. */
public final class RestApiClient {

    private final RestClient client;

    private RestApiClient(RestClient client) {
        this.client = client;
    }

    public static RestApiClient as(int port, String username, String password) {
        return new RestApiClient(base(port).defaultHeaders(headers -> headers.setBasicAuth(username, password)).build());
    }

    public static RestApiClient anonymous(int port) {
        return new RestApiClient(base(port).build());
    }

    public static RestApiClient admin(int port) {
        return as(port, "admin", TestSecrets.ADMIN_PASSWORD);
    }

    /** Creates an operator with the roles (as admin) and returns a client acting as it. */
    public static RestApiClient newOperator(int port, String... roles) {
        String username = TestIds.unique("op").toLowerCase(java.util.Locale.ROOT);
        String password = TestIds.unique("password-long-enough");
        TestSecrets.register(password);
        ResponseEntity<Map<String, Object>> created = admin(port).post("/api/v1/operators",
                Map.of("username", username, "password", password, "roles", List.of(roles)));
        if (!created.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("operator not created: " + created);
        }
        return as(port, username, password);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return (ResponseEntity) client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(Map.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ResponseEntity<Map<String, Object>> get(String path) {
        return (ResponseEntity) client.get().uri(path).retrieve().toEntity(Map.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ResponseEntity<List<Map<String, Object>>> getList(String path) {
        return (ResponseEntity) client.get().uri(path).retrieve().toEntity(List.class);
    }

    private static RestClient.Builder base(int port) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE + ", application/problem+json")
                .defaultStatusHandler(status -> true, (request, response) -> {
                });
    }
}

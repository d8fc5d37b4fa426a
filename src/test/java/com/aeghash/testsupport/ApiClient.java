package com.aeghash.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client of tests against the running test server (JDK HttpClient, no redirects): as an operator
 * (Basic credentials), as the admin or anonymously, with headers of the caller's choice, answering the raw status,
 * headers and body with JSON helpers. Domain helpers ({@code WithdrawalApi}, {@code MiningApi}, {@code WalletApi},
 * {@code PartnerClient}, {@link BrowserSession}) are built on it.
 */
public final class ApiClient {

    /** Reads answers strictly: a JSON object with two members of one name fails the test that reads it. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Shared by every client without cookies: it keeps no state between requests but its connections. */
    private static final HttpClient SHARED =
            HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private ApiClient(HttpClient http, int port, String authorization) {
        this.http = http;
        this.baseUrl = "http://127.0.0.1:" + port;
        this.authorization = authorization;
    }

    public static ApiClient admin(int port) {
        return as(port, "admin", TestSecrets.ADMIN_PASSWORD);
    }

    public static ApiClient as(int port, String username, String password) {
        return new ApiClient(SHARED, port, basic(username, password));
    }

    /** The {@code Authorization} header value of HTTP Basic credentials. */
    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A client sending {@code Authorization: Bearer <token>} (a service token or a member JWT). */
    public static ApiClient bearer(int port, String token) {
        return new ApiClient(SHARED, port, "Bearer " + token);
    }

    /** Sends any method with a JSON body (or none), for tests that walk every endpoint. */
    public Response send(String method, String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(SHARED, port, null);
    }

    /** An anonymous client that keeps the cookies the server sets (a session), as a browser does. */
    public static ApiClient withCookies(int port) {
        return new ApiClient(
                HttpClient.newBuilder()
                        .connectTimeout(CONNECT_TIMEOUT)
                        .cookieHandler(new CookieManager())
                        .build(),
                port,
                null);
    }

    /**
     * This client (its credentials, and its cookies when it keeps them) talking to another server: a browser moving to
     * another instance behind a load balancer. The headers added with {@link #header} stay with this one.
     */
    public ApiClient on(int otherPort) {
        return new ApiClient(http, otherPort, authorization);
    }

    /** Creates an operator with the roles (as the admin) and returns a client acting as it. */
    public static ApiClient newOperator(int port, String... roles) {
        String username = TestIds.unique("op").toLowerCase(Locale.ROOT);
        String password = TestIds.unique("password-long-enough");
        TestSecrets.register(password);
        Response created = admin(port)
                .postJson(
                        "/api/v1/operators",
                        Map.of("username", username, "password", password, "roles", List.of(roles)));
        if (created.status() / 100 != 2) {
            throw new IllegalStateException("operator not created: " + created);
        }
        return as(port, username, password);
    }

    /** Adds a header to every following request of this client. */
    public ApiClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts without a body: an action that takes no parameters. */
    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Posts the value as JSON. */
    public Response postJson(String path, Object value) {
        return post(path, JSON.writeValueAsString(value));
    }

    public Response put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postText(String path, String text) {
        return send(request(path).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** Posts without a Content-Length (chunked transfer encoding). */
    public Response postChunked(String path, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    /** The address of a path (with its query) on the test server. */
    public URI uri(String pathAndQuery) {
        return URI.create(baseUrl + pathAndQuery);
    }

    /**
     * Sends a request the caller built to the byte (method, body, headers; its address from {@link #uri}) with this
     * client's credentials and headers (which replace the request's own of the same name), and returns the JDK's
     * response, for helpers that speak another protocol over HTTP (signed partner calls, browser forms).
     */
    public HttpResponse<String> exchange(HttpRequest.Builder request) {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        headers.forEach(request::setHeader);
        try {
            return http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            throw new IllegalStateException("request failed", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    private Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request);
        return new Response(
                response.statusCode(), response.body(), response.headers().map());
    }

    /** Status, body and headers of one response. */
    public record Response(int status, String body, Map<String, List<String>> headers) {

        private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
        private static final TypeReference<List<Map<String, Object>>> OBJECTS = new TypeReference<>() {};

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The top-level field's text, or null when it is absent or null. */
        public String text(String field) {
            JsonNode value = json().path(field);
            return value.isMissingNode() || value.isNull() ? null : value.asString();
        }

        /** The body as a JSON object read into maps, lists, strings and numbers. */
        public Map<String, Object> map() {
            return JSON.readValue(body, OBJECT);
        }

        /** The body as a JSON array of objects. */
        public List<Map<String, Object>> list() {
            return JSON.readValue(body, OBJECTS);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public String contentType() {
            String value = header("Content-Type");
            return value == null ? "" : value;
        }
    }
}

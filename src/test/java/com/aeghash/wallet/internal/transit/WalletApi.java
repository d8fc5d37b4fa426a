package com.aeghash.wallet.internal.transit;

import com.aeghash.testsupport.TestSecrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running application's HTTP API as a test sees it: JSON requests with an operator's basic credentials
 * (the admin's unless {@link #as} says otherwise; or none), and every response body kept, so a test can
 * assert that no secret was ever returned.
 */
final class WalletApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String username;
    private final String password;
    private final List<String> bodies;

    WalletApi(int port) {
        this("http://127.0.0.1:" + port, "admin", TestSecrets.ADMIN_PASSWORD, new CopyOnWriteArrayList<>());
    }

    private WalletApi(String base, String username, String password, List<String> bodies) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.bodies = bodies;
    }

    /** The same API as another operator; its response bodies are kept with these. */
    WalletApi as(String otherUsername, String otherPassword) {
        return new WalletApi(base, otherUsername, otherPassword, bodies);
    }

    Answer get(String path) {
        return send(request(path).GET(), true);
    }

    Answer post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)), true);
    }

    Answer put(String path, String json) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)), true);
    }

    Answer delete(String path) {
        return send(request(path).DELETE(), true);
    }

    /** A call without credentials, as the vendor's callback (or an intruder) makes it. */
    Answer postAnonymously(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)), false);
    }

    /** Every response body seen so far. */
    List<String> bodies() {
        return List.copyOf(bodies);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json");
    }

    private Answer send(HttpRequest.Builder request, boolean authenticated) {
        if (authenticated) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            bodies.add(response.body());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    record Answer(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The field's text, or null when it is absent or null. */
        String text(String field) {
            JsonNode value = json().path(field);
            return value.isMissingNode() || value.isNull() ? null : value.asString();
        }
    }
}

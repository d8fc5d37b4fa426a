package com.aeghash.wallet.internal.transit;

import com.aeghash.testsupport.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * The running application's HTTP API as a test sees it, on the shared {@link ApiClient}: JSON requests with an
 * operator's basic credentials (the admin's unless {@link #as} says otherwise; or none), and every response body
 * kept, so a test can assert that no secret was ever returned.
 */
final class WalletApi {

    private final int port;
    private final ApiClient operator;
    private final List<String> bodies;

    WalletApi(int port) {
        this(port, ApiClient.admin(port), new CopyOnWriteArrayList<>());
    }

    private WalletApi(int port, ApiClient operator, List<String> bodies) {
        this.port = port;
        this.operator = operator.header("Accept", "application/json");
        this.bodies = bodies;
    }

    /** The same API as another operator; its response bodies are kept with these. */
    WalletApi as(String otherUsername, String otherPassword) {
        return new WalletApi(port, ApiClient.as(port, otherUsername, otherPassword), bodies);
    }

    Answer get(String path) {
        return kept(operator.get(path));
    }

    Answer post(String path, String json) {
        return kept(operator.post(path, json));
    }

    Answer put(String path, String json) {
        return kept(operator.put(path, json));
    }

    Answer delete(String path) {
        return kept(operator.delete(path));
    }

    /** A call without credentials, as the vendor's callback (or an intruder) makes it. */
    Answer postAnonymously(String path, String json) {
        return kept(
                ApiClient.anonymous(port).header("Accept", "application/json").post(path, json));
    }

    /** The ids of every unknown transaction, walking the queue's pages five at a time by their cursors. */
    List<Long> unknownTransactionIds() {
        List<Long> ids = new ArrayList<>();
        String cursor = "";
        while (cursor != null) {
            JsonNode page = get("/api/v1/wallet-transactions/unknown?limit=5&cursor=" + cursor)
                    .json();
            page.path("items").forEach(row -> ids.add(row.path("id").asLong()));
            cursor = page.path("next").isNull() ? null : page.path("next").asString();
        }
        return ids;
    }

    /** Every response body seen so far. */
    List<String> bodies() {
        return List.copyOf(bodies);
    }

    private Answer kept(ApiClient.Response response) {
        bodies.add(response.body());
        return new Answer(response.status(), response.body());
    }

    /** Status and body of one response, read with {@link ApiClient.Response}'s JSON helpers. */
    record Answer(int status, String body) {

        JsonNode json() {
            return response().json();
        }

        /** The field's text, or null when it is absent or null. */
        String text(String field) {
            return response().text(field);
        }

        private ApiClient.Response response() {
            return new ApiClient.Response(status, body, Map.of());
        }
    }
}

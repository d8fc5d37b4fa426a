package com.aeghash.mining.support;

import com.aeghash.sandbox.HashDamSandbox;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mock HTTP transport for the real {@code HashDamClient}: each request is answered in-process by a
 * {@link HashDamSandbox} (no server), unless a scripted {@link Answer} is queued for its method, which
 * can fail before executing, answer anything, or execute and then lose the answer.
 */
public final class SimulatorTransport implements ClientHttpRequestFactory {

    /** What to do with one call of a method. */
    public sealed interface Answer {}

    /** Answer this status and body without executing. */
    public record Respond(int status, String body) implements Answer {}

    /** Throw before anything is executed or after, as the exception says (ConnectException, timeout...). */
    public record Fail(IOException failure, boolean executeFirst) implements Answer {}

    private final HashDamSandbox simulator;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Deque<Answer>> scripted = new HashMap<>();
    private final List<JsonNode> requests = new ArrayList<>();
    private final List<String> presentedKeys = new ArrayList<>();

    public SimulatorTransport(HashDamSandbox simulator) {
        this.simulator = simulator;
    }

    public synchronized void script(String method, Answer... answers) {
        scripted.computeIfAbsent(method, name -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** Every request body received, in order. */
    public synchronized List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    public synchronized long callsOf(String method) {
        return requests.stream()
                .filter(request -> method.equals(request.path("method").asString()))
                .count();
    }

    public synchronized List<String> presentedKeys() {
        return List.copyOf(presentedKeys);
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
        return new MockClientHttpRequest(httpMethod, uri) {
            @Override
            protected ClientHttpResponse executeInternal() throws IOException {
                return answer(getHeaders().getFirst("X-HASHDAM-Key"), getBodyAsString(StandardCharsets.UTF_8));
            }
        };
    }

    private synchronized ClientHttpResponse answer(String key, String body) throws IOException {
        JsonNode request = json.readTree(body);
        requests.add(request);
        presentedKeys.add(key);
        Deque<Answer> queue = scripted.get(request.path("method").asString());
        Answer next = queue == null ? null : queue.poll();
        if (next instanceof Respond respond) {
            return new MockClientHttpResponse(respond.body().getBytes(StandardCharsets.UTF_8), respond.status());
        }
        if (next instanceof Fail fail) {
            if (fail.executeFirst()) {
                simulator.handle(key, "127.0.0.1", request);
            }
            throw fail.failure();
        }
        Map<String, Object> envelope = simulator.handle(key, "127.0.0.1", request);
        return new MockClientHttpResponse(json.writeValueAsBytes(envelope), HttpStatus.OK);
    }
}

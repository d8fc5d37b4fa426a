package com.aeghash.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP endpoint standing in for a Slack webhook. It records every request (body and arrival
 * time), can answer 500 for the next N requests, and can be stopped (connection refused) and restarted
 * on the same port.
 */
public final class FakeWebhook {

    private final int port;
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();
    private HttpServer server;

    public FakeWebhook() {
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hooks/alerts";
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        server.createContext("/hooks/alerts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresToAnswer.getAndUpdate(remaining -> Math.max(0, remaining - 1)) > 0 ? 500 : 200;
            received.add(new Request(body, System.nanoTime(), status));
            byte[] answer = (status == 200 ? "ok" : "boom").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public void failNext(int requests) {
        failuresToAnswer.set(requests);
    }

    public List<Request> received() {
        return List.copyOf(received);
    }

    /** The requests this endpoint answered with 200 (the deliveries that counted). */
    public List<Request> accepted() {
        return received.stream().filter(request -> request.status() == 200).toList();
    }

    public void reset() {
        received.clear();
        failuresToAnswer.set(0);
    }

    /** One request as received. */
    public record Request(String body, long receivedAtNanos, int status) {}
}

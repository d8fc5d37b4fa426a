package com.aeghash.sandbox.internal.webhooks;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** The last requests the sandbox's webhook inbox received, in memory. */
final class WebhookInbox {

    static final int CAPACITY = 100;
    private final Deque<Received> received = new ArrayDeque<>();

    /** One request as received: its headers (names in lower case) and its body as text. */
    record Received(Instant receivedAt, Map<String, String> headers, String body) {}

    synchronized void add(Received request) {
        received.addFirst(request);
        while (received.size() > CAPACITY) {
            received.removeLast();
        }
    }

    synchronized List<Received> newestFirst() {
        return new ArrayList<>(received);
    }

    synchronized void clear() {
        received.clear();
    }
}

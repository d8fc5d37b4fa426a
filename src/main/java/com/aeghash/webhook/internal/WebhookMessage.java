package com.aeghash.webhook.internal;

import com.aeghash.webhook.WebhookEventType;
import java.time.Instant;
import java.util.Map;

/**
 * One event about one member as webhooks carry it.
 *
 * @param eventKey   what happened, uniquely and the same however often the event is handled
 * @param data       the payload's {@code data}: the member's own figures, amounts as strings, no secrets
 */
record WebhookMessage(
        WebhookEventType type, String eventKey, String memberId, Instant occurredAt, Map<String, Object> data) {}

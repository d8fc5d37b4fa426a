package com.aeghash.webhook.internal;

import com.aeghash.webhook.WebhookEventType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records, in the caller's transaction, one PENDING delivery per message and enabled endpoint subscribed to its type,
 * with the payload fixed now: {@code {"type", "timestamp", "data"}}. A message recorded before (the same event
 * handled again) records nothing more.
 */
@Component
class DeliveryRecorder {

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final JsonMapper json;
    private final Clock clock;

    DeliveryRecorder(
            WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, JsonMapper json, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    void record(List<WebhookMessage> messages) {
        Map<WebhookEventType, List<StoredEndpoint>> subscribers = new EnumMap<>(WebhookEventType.class);
        List<WebhookDeliveryRepository.NewDelivery> rows = new ArrayList<>();
        for (WebhookMessage message : messages) {
            List<StoredEndpoint> receivers = subscribers.computeIfAbsent(message.type(), endpoints::enabledFor);
            if (receivers.isEmpty()) {
                continue;
            }
            String payload = payloadOf(message);
            for (StoredEndpoint endpoint : receivers) {
                rows.add(new WebhookDeliveryRepository.NewDelivery(
                        endpoint.id(),
                        newMessageId(),
                        message.eventKey(),
                        message.type().wireName(),
                        message.memberId(),
                        payload,
                        message.occurredAt(),
                        null,
                        null));
            }
        }
        if (!rows.isEmpty()) {
            deliveries.insertAll(rows, clock.instant());
        }
    }

    String payloadOf(WebhookMessage message) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", message.type().wireName());
        payload.put("timestamp", message.occurredAt().toString());
        payload.put("data", message.data());
        return json.writeValueAsString(payload);
    }

    static String newMessageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }
}

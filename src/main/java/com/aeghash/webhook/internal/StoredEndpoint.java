package com.aeghash.webhook.internal;

import com.aeghash.webhook.WebhookEndpoint;
import com.aeghash.webhook.WebhookEndpointState;
import com.aeghash.webhook.WebhookEventType;
import java.time.Instant;
import java.util.List;

/** A webhook endpoint as stored (its secrets are rows of their own). */
record StoredEndpoint(
        long id,
        String url,
        List<WebhookEventType> eventTypes,
        WebhookEndpointState state,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    WebhookEndpoint toView(List<String> secretFingerprints) {
        return new WebhookEndpoint(
                id,
                url,
                eventTypes.stream().map(WebhookEventType::wireName).toList(),
                state,
                secretFingerprints,
                createdBy,
                createdAt,
                updatedAt);
    }
}

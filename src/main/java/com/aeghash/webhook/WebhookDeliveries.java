package com.aeghash.webhook;

import java.util.List;

/** The delivery log and redelivery by hand. */
public interface WebhookDeliveries {

    /** Newest first, at most {@code limit} (capped at 500), optionally of one endpoint. */
    default List<WebhookDelivery> recent(Long endpointId, int limit) {
        return recent(endpointId, Long.MAX_VALUE, limit);
    }

    /** Newest first from below the id {@code beforeId} (a page of the log), at most {@code limit} (capped at 500). */
    List<WebhookDelivery> recent(Long endpointId, long beforeId, int limit);

    /**
     * Sends a finished delivery's message again (same {@code webhook-id}, new signatures), after the member's
     * deliveries already waiting. 409 {@code delivery_unfinished} while the delivery itself is still under way.
     */
    WebhookDelivery redeliver(long id, String actor);
}

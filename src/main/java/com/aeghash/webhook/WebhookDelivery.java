package com.aeghash.webhook;

import java.time.Instant;

/**
 * One delivery of one event to one endpoint, as the API and the console show it (not its payload).
 *
 * @param messageId     the {@code webhook-id} header: the same for a redelivery of the message
 * @param lastStatus    the HTTP status of the last attempt; null before one, or when it got no answer
 * @param redeliveryOf  the delivery this one sends again, by hand; null for the first delivery
 */
public record WebhookDelivery(
        long id,
        long endpointId,
        String messageId,
        String eventType,
        String memberId,
        WebhookDeliveryState state,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant finishedAt,
        Long redeliveryOf,
        String requestedBy) {}

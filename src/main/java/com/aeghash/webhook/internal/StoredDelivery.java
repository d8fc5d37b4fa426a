package com.aeghash.webhook.internal;

import com.aeghash.webhook.WebhookDelivery;
import com.aeghash.webhook.WebhookDeliveryState;
import java.time.Instant;

/**
 * A delivery as stored. Changes are copies whose state moved through {@link WebhookDeliveryState}'s table.
 *
 * @param eventKey   what the event was (unique per endpoint: a repeated event records nothing more)
 * @param payload    the JSON body, fixed when the event was recorded
 * @param orderedAt  its place in the member's queue to the endpoint: when the event happened (a redelivery: when it
 *                   was asked for)
 */
record StoredDelivery(
        long id,
        long endpointId,
        String messageId,
        String eventKey,
        String eventType,
        String memberId,
        String payload,
        WebhookDeliveryState state,
        int attempts,
        Instant orderedAt,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Integer lastStatus,
        String lastError,
        Instant finishedAt,
        Long redeliveryOf,
        String requestedBy) {

    /** Claimed by a job until {@code claimUntil}. */
    StoredDelivery claimed(Instant claimUntil) {
        return with(
                state.moveTo(WebhookDeliveryState.SENDING),
                attempts,
                claimUntil,
                lastAttemptAt,
                lastStatus,
                lastError,
                null);
    }

    /** An attempt ended in {@code next}: DELIVERED or FAILED (finished at {@code now}), or PENDING until {@code retryAt}. */
    StoredDelivery attempted(WebhookDeliveryState next, Instant now, Instant retryAt, Integer status, String error) {
        WebhookDeliveryState moved = state.moveTo(next);
        return with(
                moved, attempts + 1, retryAt == null ? now : retryAt, now, status, error, moved.isFinal() ? now : null);
    }

    StoredDelivery cancelled(Instant now) {
        return with(
                state.moveTo(WebhookDeliveryState.CANCELLED),
                attempts,
                nextAttemptAt,
                lastAttemptAt,
                lastStatus,
                lastError,
                now);
    }

    private StoredDelivery with(
            WebhookDeliveryState newState,
            int newAttempts,
            Instant newNextAttemptAt,
            Instant newLastAttemptAt,
            Integer newLastStatus,
            String newLastError,
            Instant newFinishedAt) {
        return new StoredDelivery(
                id,
                endpointId,
                messageId,
                eventKey,
                eventType,
                memberId,
                payload,
                newState,
                newAttempts,
                orderedAt,
                createdAt,
                newNextAttemptAt,
                newLastAttemptAt,
                newLastStatus,
                newLastError,
                newFinishedAt,
                redeliveryOf,
                requestedBy);
    }

    WebhookDelivery toView() {
        return new WebhookDelivery(
                id,
                endpointId,
                messageId,
                eventType,
                memberId,
                state,
                attempts,
                lastStatus,
                lastError,
                createdAt,
                lastAttemptAt,
                state.isFinal() ? null : nextAttemptAt,
                finishedAt,
                redeliveryOf,
                requestedBy);
    }
}

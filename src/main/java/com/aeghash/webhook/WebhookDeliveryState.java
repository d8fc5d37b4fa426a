package com.aeghash.webhook;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.LifecycleState;

/**
 * Lifecycle of one delivery of one event to one endpoint. {@code PENDING} waits for its time (and for the member's
 * earlier deliveries to the endpoint); {@code SENDING} is claimed by a delivery job until its claim runs out (a job
 * that died mid-call leaves it to be claimed again: at least once); a failed attempt goes back to {@code PENDING}
 * with a later time; {@code DELIVERED} (a 2xx answer), {@code FAILED} (retries exhausted) and {@code CANCELLED}
 * (its endpoint was deleted) are final. A redelivery by hand is a new delivery of the same message.
 */
public enum WebhookDeliveryState implements LifecycleState<WebhookDeliveryState> {
    PENDING,
    SENDING,
    DELIVERED,
    FAILED,
    CANCELLED;

    private static final Lifecycle<WebhookDeliveryState, Lifecycle.NoAction> LIFECYCLE = Lifecycle.of(
                    "webhook delivery", WebhookDeliveryState.class)
            .startsIn(PENDING)
            .allow(PENDING, SENDING, CANCELLED)
            .allow(SENDING, SENDING, PENDING, DELIVERED, FAILED, CANCELLED)
            .build();

    @Override
    public Lifecycle<WebhookDeliveryState, Lifecycle.NoAction> lifecycle() {
        return LIFECYCLE;
    }
}

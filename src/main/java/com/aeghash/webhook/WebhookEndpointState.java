package com.aeghash.webhook;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.LifecycleState;

/**
 * Lifecycle of a webhook endpoint. Only an {@code ENABLED} endpoint gets new deliveries and has its deliveries
 * sent; a {@code DISABLED} one keeps its unsent deliveries until it is enabled again; {@code DELETED} is final:
 * its secrets are erased and its unsent deliveries cancelled.
 */
public enum WebhookEndpointState implements LifecycleState<WebhookEndpointState> {
    ENABLED,
    DISABLED,
    DELETED;

    private static final Lifecycle<WebhookEndpointState, Lifecycle.NoAction> LIFECYCLE = Lifecycle.of(
                    "webhook endpoint", WebhookEndpointState.class)
            .startsIn(ENABLED)
            .allow(ENABLED, DISABLED, DELETED)
            .allow(DISABLED, ENABLED, DELETED)
            .build();

    @Override
    public Lifecycle<WebhookEndpointState, Lifecycle.NoAction> lifecycle() {
        return LIFECYCLE;
    }
}

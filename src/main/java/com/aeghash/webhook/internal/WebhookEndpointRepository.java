package com.aeghash.webhook.internal;

import com.aeghash.webhook.WebhookEndpointState;
import com.aeghash.webhook.WebhookEventType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Webhook endpoints and their secrets. */
interface WebhookEndpointRepository {

    StoredEndpoint insert(String url, List<WebhookEventType> eventTypes, String createdBy, Instant now);

    Optional<StoredEndpoint> find(long id);

    /** The endpoint, locked until the transaction ends. */
    Optional<StoredEndpoint> lock(long id);

    /** Every endpoint not deleted, oldest first. */
    List<StoredEndpoint> listNotDeleted();

    /** The enabled endpoints that receive this type of event. */
    List<StoredEndpoint> enabledFor(WebhookEventType type);

    void updateState(long id, WebhookEndpointState state, Instant now);

    void addSecret(long endpointId, String ciphertext, String fingerprint, Instant now);

    /** Gives every secret of the endpoint that would sign longer an expiry at {@code expiresAt}. */
    void expireSecrets(long endpointId, Instant expiresAt);

    /** The secrets that sign at {@code now}: the current one and those whose expiry is still ahead, newest first. */
    List<StoredSecret> signingSecrets(long endpointId, Instant now);

    void deleteSecrets(long endpointId);
}

package com.aeghash.webhook;

import java.util.List;

/** The endpoints outbound webhooks go to. Every change is audited. */
public interface WebhookEndpoints {

    /** Who registers, lists, changes and deletes endpoints and redelivers: a Spring Security expression. */
    String MANAGERS = "hasRole('ADMIN')";

    /** Registers an endpoint with a generated secret (shown this once). 400 for a bad URL or event type. */
    WebhookSecretIssued create(String url, List<String> eventTypes, String actor);

    /** Every endpoint not deleted, oldest first. */
    List<WebhookEndpoint> list();

    WebhookEndpoint disable(long id, String actor);

    WebhookEndpoint enable(long id, String actor);

    /** Deletes the endpoint: its secrets are erased and its unsent deliveries cancelled. */
    void delete(long id, String actor);

    /** A new secret (shown this once); the current one keeps signing, beside it, for the overlap period. */
    WebhookSecretIssued rotateSecret(long id, String actor);
}

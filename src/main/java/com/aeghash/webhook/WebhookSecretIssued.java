package com.aeghash.webhook;

import java.time.Instant;

/**
 * An endpoint with the signing secret the service has just generated for it ({@code whsec_} and base64), shown
 * this once: on creation, and on each rotation.
 *
 * @param previousSecretExpiresAt on a rotation, until when deliveries are also signed with the previous secret
 */
public record WebhookSecretIssued(WebhookEndpoint endpoint, String secret, Instant previousSecretExpiresAt) {}

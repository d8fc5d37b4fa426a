package com.aeghash.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A registered endpoint as the API and the console show it: never its secrets, only their fingerprints.
 *
 * @param eventTypes         wire names of the events it receives
 * @param secretFingerprints the fingerprints of the secrets deliveries are signed with now (two during a rotation)
 */
public record WebhookEndpoint(
        long id,
        String url,
        List<String> eventTypes,
        WebhookEndpointState state,
        List<String> secretFingerprints,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {}

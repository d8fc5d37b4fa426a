package com.aeghash.webhook.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.config.SecretEncryptor;
import com.aeghash.webhook.WebhookEndpoint;
import com.aeghash.webhook.WebhookEndpointState;
import com.aeghash.webhook.WebhookEndpoints;
import com.aeghash.webhook.WebhookEventType;
import com.aeghash.webhook.WebhookSecretIssued;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WebhookEndpointsService implements WebhookEndpoints {

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final SecretEncryptor encryptor;
    private final AuditLog auditLog;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookEndpointsService(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            SecretEncryptor encryptor,
            AuditLog auditLog,
            WebhookProperties properties,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.encryptor = encryptor;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public WebhookSecretIssued create(String url, List<String> eventTypes, String actor) {
        String checkedUrl = WebhookUrls.require(url, properties.requireHttps());
        List<WebhookEventType> types = eventTypesOf(eventTypes);
        Instant now = clock.instant();
        StoredEndpoint endpoint = endpoints.insert(checkedUrl, types, actor, now);
        Secret secret = addSecret(endpoint.id(), now);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("url", checkedUrl);
        details.put("eventTypes", wireNames(types));
        details.put("secretFingerprint", secret.fingerprint());
        auditLog.record(actor, "webhook.endpoint.created", target(endpoint.id()), details);
        return new WebhookSecretIssued(view(endpoint, now), secret.reveal(), null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WebhookEndpoint> list() {
        Instant now = clock.instant();
        return endpoints.listNotDeleted().stream()
                .map(endpoint -> view(endpoint, now))
                .toList();
    }

    @Override
    @Transactional
    public WebhookEndpoint disable(long id, String actor) {
        return moveTo(id, WebhookEndpointState.DISABLED, actor, "webhook.endpoint.disabled");
    }

    @Override
    @Transactional
    public WebhookEndpoint enable(long id, String actor) {
        return moveTo(id, WebhookEndpointState.ENABLED, actor, "webhook.endpoint.enabled");
    }

    @Override
    @Transactional
    public void delete(long id, String actor) {
        moveTo(id, WebhookEndpointState.DELETED, actor, "webhook.endpoint.deleted");
        endpoints.deleteSecrets(id);
        Instant now = clock.instant();
        deliveries.lockUnfinished(id).forEach(delivery -> deliveries.update(delivery.cancelled(now)));
    }

    @Override
    @Transactional
    public WebhookSecretIssued rotateSecret(long id, String actor) {
        StoredEndpoint endpoint = lockLive(id);
        Instant now = clock.instant();
        Instant previousExpiresAt = now.plus(properties.rotationOverlap());
        endpoints.expireSecrets(id, previousExpiresAt);
        Secret secret = addSecret(id, now);
        auditLog.record(
                actor,
                "webhook.endpoint.secret_rotated",
                target(id),
                Map.of(
                        "secretFingerprint",
                        secret.fingerprint(),
                        "previousSecretExpiresAt",
                        previousExpiresAt.toString()));
        return new WebhookSecretIssued(view(endpoint, now), secret.reveal(), previousExpiresAt);
    }

    private WebhookEndpoint moveTo(long id, WebhookEndpointState target, String actor, String action) {
        StoredEndpoint endpoint = lockLive(id);
        if (!endpoint.state().canMoveTo(target)) {
            throw ApiException.conflict(
                    "invalid_state",
                    "webhook endpoint " + id + " is " + endpoint.state() + ", cannot become " + target);
        }
        Instant now = clock.instant();
        endpoints.updateState(id, endpoint.state().moveTo(target), now);
        auditLog.record(
                actor,
                action,
                target(id),
                Map.of("url", endpoint.url(), "previousState", endpoint.state().name()));
        StoredEndpoint moved = new StoredEndpoint(
                id, endpoint.url(), endpoint.eventTypes(), target, endpoint.createdBy(), endpoint.createdAt(), now);
        return view(moved, now);
    }

    /** The endpoint, locked; a deleted one is as unknown as one that never was. */
    private StoredEndpoint lockLive(long id) {
        return endpoints
                .lock(id)
                .filter(endpoint -> endpoint.state() != WebhookEndpointState.DELETED)
                .orElseThrow(() -> ApiException.notFound("webhook endpoint " + id));
    }

    private Secret addSecret(long endpointId, Instant now) {
        Secret secret = WebhookSignature.newSecret();
        endpoints.addSecret(
                endpointId,
                encryptor.encrypt(secret, StoredSecret.encryptionContext(endpointId)),
                secret.fingerprint(),
                now);
        return secret;
    }

    private WebhookEndpoint view(StoredEndpoint endpoint, Instant now) {
        return endpoint.toView(endpoints.signingSecrets(endpoint.id(), now).stream()
                .map(StoredSecret::fingerprint)
                .toList());
    }

    static List<WebhookEventType> eventTypesOf(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw ApiException.validation("eventTypes", "name at least one event type");
        }
        Set<WebhookEventType> types = new LinkedHashSet<>();
        for (String name : names) {
            types.add(WebhookEventType.fromWireName(name)
                    .orElseThrow(() -> ApiException.validation(
                            "eventTypes",
                            "unknown event type; known: "
                                    + Arrays.stream(WebhookEventType.values())
                                            .map(WebhookEventType::wireName)
                                            .collect(Collectors.joining(", ")))));
        }
        return List.copyOf(types);
    }

    private static String wireNames(List<WebhookEventType> types) {
        return types.stream().map(WebhookEventType::wireName).collect(Collectors.joining(","));
    }

    static String target(long endpointId) {
        return "webhook-endpoint:" + endpointId;
    }
}

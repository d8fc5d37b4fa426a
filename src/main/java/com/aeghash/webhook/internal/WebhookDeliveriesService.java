package com.aeghash.webhook.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.webhook.WebhookDeliveries;
import com.aeghash.webhook.WebhookDelivery;
import com.aeghash.webhook.WebhookEndpointState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WebhookDeliveriesService implements WebhookDeliveries {

    private static final String REDELIVERY = ":redelivery:";

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final AuditLog auditLog;
    private final Clock clock;

    WebhookDeliveriesService(
            WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints, AuditLog auditLog, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WebhookDelivery> recent(Long endpointId, long beforeId, int limit) {
        return deliveries.recent(endpointId, beforeId, limit).stream()
                .map(StoredDelivery::toView)
                .toList();
    }

    @Override
    @Transactional
    public WebhookDelivery redeliver(long id, String actor) {
        StoredDelivery original =
                deliveries.lock(id).orElseThrow(() -> ApiException.notFound("webhook delivery " + id));
        if (!original.state().isFinal()) {
            throw ApiException.conflict(
                    "delivery_unfinished",
                    "webhook delivery " + id + " is " + original.state() + ": it is still under way");
        }
        endpoints
                .find(original.endpointId())
                .filter(endpoint -> endpoint.state() != WebhookEndpointState.DELETED)
                .orElseThrow(() -> ApiException.conflict(
                        "endpoint_deleted", "the endpoint of webhook delivery " + id + " was deleted"));
        Instant now = clock.instant();
        StoredDelivery again = deliveries.insert(
                new WebhookDeliveryRepository.NewDelivery(
                        original.endpointId(),
                        original.messageId(),
                        firstEventKey(original) + REDELIVERY + DeliveryRecorder.newMessageId(),
                        original.eventType(),
                        original.memberId(),
                        original.payload(),
                        now,
                        original.id(),
                        actor),
                now);
        auditLog.record(
                actor,
                "webhook.delivery.redelivered",
                "webhook-delivery:" + id,
                Map.of("redeliveryId", Long.toString(again.id()), "messageId", original.messageId()));
        return again.toView();
    }

    private static String firstEventKey(StoredDelivery delivery) {
        int redelivery = delivery.eventKey().indexOf(REDELIVERY);
        return redelivery < 0 ? delivery.eventKey() : delivery.eventKey().substring(0, redelivery);
    }
}

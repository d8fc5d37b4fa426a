package com.aeghash.webhook.internal;

import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.webhook.WebhookDeliveryState;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records how an attempt ended, under the delivery's row lock: a 2xx makes it DELIVERED; anything else sends it back
 * to PENDING until the next time of the {@link RetrySchedule}, or, once that has none left, makes it FAILED and
 * raises an alert. A delivery no longer SENDING (cancelled meanwhile) is left as it is.
 */
@Component
class DeliveryOutcomes {

    private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomes.class);

    private final WebhookDeliveryRepository deliveries;
    private final Notifier notifier;
    private final RetrySchedule schedule;
    private final WebhookProperties properties;
    private final Clock clock;

    DeliveryOutcomes(
            WebhookDeliveryRepository deliveries, Notifier notifier, WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.notifier = notifier;
        this.schedule = new RetrySchedule(properties);
        this.properties = properties;
        this.clock = clock;
    }

    void record(long deliveryId, DeliveryClient.Answer answer) {
        StoredDelivery current = deliveries.lock(deliveryId).orElseThrow();
        if (current.state() != WebhookDeliveryState.SENDING) {
            return;
        }
        Instant now = clock.instant();
        if (answer.accepted()) {
            deliveries.update(current.attempted(WebhookDeliveryState.DELIVERED, now, null, answer.status(), null));
            return;
        }
        Optional<Instant> retryAt = schedule.nextAttempt(current.createdAt(), current.attempts() + 1, now);
        // the endpoint's URL is never logged: a member app may put a token in it
        log.info(
                "webhook delivery {} to endpoint {} not accepted (attempt {}): {}",
                current.id(),
                current.endpointId(),
                current.attempts() + 1,
                answer.error());
        if (retryAt.isPresent()) {
            deliveries.update(current.attempted(
                    WebhookDeliveryState.PENDING, now, retryAt.get(), answer.status(), answer.error()));
            return;
        }
        StoredDelivery failed =
                current.attempted(WebhookDeliveryState.FAILED, now, null, answer.status(), answer.error());
        deliveries.update(failed);
        notifier.alert(alertAbout(failed));
    }

    private Alert alertAbout(StoredDelivery failed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deliveryId", Long.toString(failed.id()));
        fields.put("endpointId", Long.toString(failed.endpointId()));
        fields.put("messageId", failed.messageId());
        fields.put("eventType", failed.eventType());
        fields.put("memberId", failed.memberId());
        return Alert.warning(
                "webhook",
                "Webhook delivery failed",
                "Endpoint " + failed.endpointId() + " did not accept " + failed.eventType() + " delivery " + failed.id()
                        + " within " + properties.giveUpAfter() + " (" + failed.attempts() + " attempts, last: "
                        + failed.lastError() + "). The member's later deliveries to it go ahead; once the receiver"
                        + " is fixed, POST /api/v1/webhook-deliveries/" + failed.id() + "/redeliveries.",
                fields);
    }
}

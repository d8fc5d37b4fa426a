package com.aeghash.notification.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers each recorded alert after its transaction committed. Throwing leaves the publication
 * incomplete, so the resubmission job tries again later: nothing is lost while the webhook is down.
 */
@Component
class AlertDeliveryListener {

    private static final Logger log = LoggerFactory.getLogger("com.aeghash.alerts");
    private final WebhookSender webhook;
    private final AlertRepository history;
    private final Clock clock;

    AlertDeliveryListener(WebhookSender webhook, AlertRepository history, Clock clock) {
        this.webhook = webhook;
        this.history = history;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AlertRaised event) {
        var alert = event.alert();
        log.warn(
                "ALERT [{}] {}: {} {} {}",
                alert.severity(),
                alert.source(),
                alert.title(),
                alert.text(),
                alert.fields());
        if (webhook.isEnabled()) {
            webhook.deliver(event);
            history.markDelivered(event.id(), clock.instant());
        }
    }
}

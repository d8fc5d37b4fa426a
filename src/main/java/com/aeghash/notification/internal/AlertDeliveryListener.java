package com.aeghash.notification.internal;

import com.aeghash.common.LogText;
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
    /** The alert history's column size: the log line shows as much of an alert as the history keeps. */
    private static final int TEXT_LENGTH_MAX = 4000;

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
        // titles, texts and fields quote what members, partners and operators typed (reasons, notes, key ids)
        log.warn(
                "ALERT [{}] {}: {} {} {}",
                alert.severity(),
                alert.source(),
                LogText.escape(alert.title(), TEXT_LENGTH_MAX),
                LogText.escape(alert.text(), TEXT_LENGTH_MAX),
                LogText.escape(alert.fields(), TEXT_LENGTH_MAX));
        if (webhook.isEnabled()) {
            webhook.deliver(event);
            history.markDelivered(event.id(), clock.instant());
        }
    }
}

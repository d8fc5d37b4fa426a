package com.aeghash.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert as kept in the history: when it was raised, once the webhook accepted it delivered, and what operators
 * did about it ({@link AlertHandling}).
 */
public record RecordedAlert(UUID id, Instant raisedAt, Alert alert, Instant deliveredAt, AlertHandling handling) {

    public RecordedAlert {
        handling = handling == null ? AlertHandling.NONE : handling;
    }

    /** A newly raised or not yet handled alert. */
    public RecordedAlert(UUID id, Instant raisedAt, Alert alert, Instant deliveredAt) {
        this(id, raisedAt, alert, deliveredAt, AlertHandling.NONE);
    }
}

package com.aeghash.notification;

import java.time.Instant;
import java.util.UUID;

/** An alert as kept in the history: when it was raised and, once the webhook accepted it, delivered. */
public record RecordedAlert(UUID id, Instant raisedAt, Alert alert, Instant deliveredAt) {}

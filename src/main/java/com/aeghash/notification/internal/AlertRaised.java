package com.aeghash.notification.internal;

import com.aeghash.notification.Alert;
import java.time.Instant;
import java.util.UUID;

/**
 * An alert was raised; recorded in the event publication registry until it has been delivered.
 * {@code id} is its row in the alert history.
 */
record AlertRaised(UUID id, Alert alert, Instant raisedAt) {}

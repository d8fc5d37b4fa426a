package com.aeghash.notification.internal;

import com.aeghash.notification.Alert;
import java.time.Instant;

/** An alert was raised; recorded in the event publication registry until it has been delivered. */
record AlertRaised(Alert alert, Instant raisedAt) {
}

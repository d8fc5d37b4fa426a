package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.notification.AlertHistory;
import com.aeghash.notification.RecordedAlert;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The position of an alert in the newest-first list, as the alerts page's cursor: the time it was raised (epoch
 * microseconds, the stored precision) and its id, {@code 1733212800000000.0f8fad5b-d9cb-469f-a165-70867728950e}.
 */
record AlertCursor(Instant raisedAt, UUID id) {

    static String of(RecordedAlert alert) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, alert.raisedAt()) + "." + alert.id();
    }

    /** A cursor as typed into the address; anything else is a 400. */
    static AlertCursor parse(String text) {
        int dot = text.indexOf('.');
        try {
            return new AlertCursor(
                    Instant.EPOCH.plus(Long.parseLong(text.substring(0, dot)), ChronoUnit.MICROS),
                    UUID.fromString(text.substring(dot + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException malformed) {
            throw ApiException.validation("before", "is not a position in this list");
        }
    }

    List<RecordedAlert> after(AlertHistory alerts, int limit) {
        return alerts.recentAfter(raisedAt, id, limit);
    }
}

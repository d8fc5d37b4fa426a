package com.aeghash.notification;

import java.time.Instant;

/**
 * What operators did about an alert: acknowledged it (someone is on it, with an optional note) and resolved it
 * (with a note saying what was done). Null fields: not yet.
 */
public record AlertHandling(
        Instant acknowledgedAt,
        String acknowledgedBy,
        String acknowledgementNote,
        Instant resolvedAt,
        String resolvedBy,
        String resolutionNote) {

    /** An alert nobody has looked at yet. */
    public static final AlertHandling NONE = new AlertHandling(null, null, null, null, null, null);

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean resolved() {
        return resolvedAt != null;
    }
}

package com.aeghash.risk;

import java.time.Instant;
import java.util.Map;

/** A recorded finding. {@code subject} names what was assessed, e.g. {@code withdrawal:42}. */
public record RiskEvent(
        long id,
        String memberId,
        String subject,
        RiskRule rule,
        RiskSeverity severity,
        String message,
        Map<String, String> attributes,
        Instant occurredAt) {

    public RiskEvent {
        attributes = Map.copyOf(attributes);
    }

    /** The event as stored under the id the store gave it. */
    public RiskEvent withId(long newId) {
        return new RiskEvent(newId, memberId, subject, rule, severity, message, attributes, occurredAt);
    }
}

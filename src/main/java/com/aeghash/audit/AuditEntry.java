package com.aeghash.audit;

import java.time.Instant;
import java.util.Map;

/** One audited action. {@code details} never holds secret values, only identifiers and fingerprints. */
public record AuditEntry(
        long id, Instant occurredAt, String actor, String action, String target, Map<String, String> details) {}

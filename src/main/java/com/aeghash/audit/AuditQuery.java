package com.aeghash.audit;

import java.time.Instant;

/**
 * Filters of an audit search; null matches everything. {@code actionPrefix} matches actions starting with it
 * ({@code withdrawal.} finds every withdrawal action); {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditQuery(String actor, String actionPrefix, String target, Instant from, Instant to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}

package com.aeghash.withdrawal.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One line of a withdrawal's audit trail. {@code metadata} holds identifiers and figures, never secrets. */
record WithdrawalAuditEntry(
        long id,
        long withdrawalId,
        WithdrawalAuditAction action,
        String actor,
        WithdrawalStatus statusAfter,
        BigDecimal amount,
        String notes,
        Map<String, String> metadata,
        Instant occurredAt) {

    static final int NOTES_LENGTH_MAX = 2_000;

    WithdrawalAuditEntry {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        if (notes != null && notes.length() > NOTES_LENGTH_MAX) {
            notes = notes.substring(0, NOTES_LENGTH_MAX);
        }
    }
}

package com.aeghash.withdrawal.internal;

import java.util.Map;

/** What to write in the audit trail about one change: action, who, free text and structured details. */
record AuditNote(WithdrawalAuditAction action, String actor, String notes, Map<String, String> metadata) {

    AuditNote {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    static AuditNote of(WithdrawalAuditAction action, String actor, String notes) {
        return new AuditNote(action, actor, notes, Map.of());
    }
}

package com.aeghash.withdrawal.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The actions of the withdrawal audit trail (their names are listed in docs/modules/withdrawal.md). {@code RECONCILED} marks a state the
 * reconciler learned from the vendor; every other state change is recorded under the name of its new state.
 */
enum WithdrawalAuditAction {
    REQUESTED,
    FLAGGED,
    CANCELLED,
    APPROVED_STAGE1,
    APPROVED,
    REJECTED,
    EXECUTING,
    SUBMITTED,
    COMPLETED,
    FAILED,
    UNKNOWN,
    RECONCILED;

    @JsonValue
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static WithdrawalAuditAction fromWireName(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    /** The action recording entry into a state reached through the vendor (execution result or event). */
    static WithdrawalAuditAction enteringVendorState(WithdrawalStatus status) {
        return switch (status) {
            case SUBMITTED -> SUBMITTED;
            case COMPLETED -> COMPLETED;
            case FAILED -> FAILED;
            case OUTCOME_UNKNOWN -> UNKNOWN;
            default -> throw new IllegalArgumentException(status + " is not reached through a vendor answer");
        };
    }
}

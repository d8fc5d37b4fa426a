package com.aeghash.withdrawal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One withdrawal with its whole audit trail, oldest entry first. */
public record WithdrawalDetails(WithdrawalSummary withdrawal, List<AuditLine> auditTrail) {

    public WithdrawalDetails {
        auditTrail = List.copyOf(auditTrail);
    }

    /**
     * One line of the trail: {@code action} and {@code statusAfter} are wire names ({@code approved_stage1},
     * {@code approved_pending}); {@code metadata} holds identifiers and figures, never secrets.
     */
    public record AuditLine(String action, String actor, String statusAfter, BigDecimal amount, String notes,
            Map<String, String> metadata, Instant occurredAt) {

        public AuditLine {
            metadata = Map.copyOf(metadata);
        }
    }
}

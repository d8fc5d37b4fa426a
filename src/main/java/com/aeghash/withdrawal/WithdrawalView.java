package com.aeghash.withdrawal;

import com.aeghash.ledger.Asset;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A withdrawal as the REST API and the operators' console show it: the JSON body of {@code /api/v1/withdrawals}
 * and the model of the console's withdrawal pages are this one record. Absent values are left out of the JSON.
 *
 * @param status       the wire name of its status ({@link WithdrawalOperations#statuses()})
 * @param auditTrail   oldest entry first, on single-withdrawal responses; null in pages of withdrawals
 * @param riskFindings for a flagged withdrawal, each risk finding recorded when it was flagged
 *                     ({@code rule: severity: message}); empty otherwise. Not in the JSON: API clients read the
 *                     {@code flagged} entry of the audit trail
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WithdrawalView(
        long id,
        String payoutReference,
        String memberId,
        Asset asset,
        BigDecimal amount,
        String destination,
        String ipAddress,
        String deviceId,
        String geo,
        String status,
        boolean flagged,
        String requestedBy,
        String firstApprover,
        String finalApprover,
        String decidedBy,
        String statusReason,
        String vendorReference,
        int reconcileAttempts,
        Instant nextReconcileAt,
        boolean needsOperator,
        Instant createdAt,
        Instant updatedAt,
        List<AuditLine> auditTrail,
        @JsonIgnore List<String> riskFindings) {

    public WithdrawalView {
        auditTrail = auditTrail == null ? null : List.copyOf(auditTrail);
        riskFindings = List.copyOf(riskFindings);
    }

    /**
     * One line of the trail: {@code action} and {@code statusAfter} are wire names ({@code approved_stage1},
     * {@code approved_pending}); {@code metadata} holds identifiers and figures, never secrets. The API
     * description keeps the schema name it has always had.
     */
    @Schema(name = "WithdrawalAuditEntry")
    public record AuditLine(
            long id,
            long withdrawalId,
            String action,
            String actor,
            String statusAfter,
            BigDecimal amount,
            String notes,
            Map<String, String> metadata,
            Instant occurredAt) {

        public AuditLine {
            metadata = Map.copyOf(metadata);
        }
    }
}

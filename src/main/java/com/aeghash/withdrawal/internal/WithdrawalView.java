package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A withdrawal as the API shows it; {@code auditTrail} only on single-withdrawal responses. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WithdrawalView(long id, String payoutReference, String memberId, Asset asset, BigDecimal amount,
        String destination, String ipAddress, String deviceId, String geo, WithdrawalStatus status, boolean flagged,
        String requestedBy, String firstApprover, String finalApprover, String decidedBy, String statusReason,
        String vendorReference, int reconcileAttempts, Instant nextReconcileAt, boolean needsOperator,
        Instant createdAt, Instant updatedAt, List<WithdrawalAuditEntry> auditTrail) {

    static WithdrawalView of(Withdrawal withdrawal, List<WithdrawalAuditEntry> auditTrail) {
        WithdrawalRequest request = withdrawal.request();
        ReconciliationState reconciliation = withdrawal.reconciliation();
        return new WithdrawalView(withdrawal.id(), withdrawal.payoutReference(), request.memberId(), request.asset(),
                request.amount(), request.destination(), request.ipAddress(), request.deviceId(), request.geo(),
                withdrawal.status(), withdrawal.flagged(), withdrawal.requestedBy(),
                withdrawal.approvals().firstApprover(), withdrawal.approvals().finalApprover(), withdrawal.decidedBy(),
                withdrawal.statusReason(), withdrawal.vendorReference(), reconciliation.attempts(),
                reconciliation.nextAttemptAt(), reconciliation.needsOperator(), withdrawal.createdAt(),
                withdrawal.updatedAt(), auditTrail);
    }
}

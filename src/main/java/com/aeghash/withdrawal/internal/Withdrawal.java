package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import com.aeghash.withdrawal.PayoutReferences;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A withdrawal as stored. Changes are copies made with the {@code with...} methods and written by
 * {@link WithdrawalRepository#update}, which compares {@code version} and increments it.
 *
 * @param idempotencyRecordId the use of the Idempotency-Key the request was accepted under (unique; null for
 *                            requests accepted before V64): a key used again after it expired is a new record,
 *                            so its new request never collides with the withdrawal of the first
 * @param decidedBy           who rejected or cancelled it ({@code risk-system} for a risk block)
 * @param statusReason        why it was rejected, cancelled (risk reasons, one per line), failed or is unknown
 */
record Withdrawal(
        long id,
        WithdrawalRequest request,
        String requestedBy,
        String idempotencyKey,
        Long idempotencyRecordId,
        String requestFingerprint,
        WithdrawalStatus status,
        boolean flagged,
        Approvals approvals,
        String decidedBy,
        String statusReason,
        String vendorReference,
        ReconciliationState reconciliation,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** A request about to be inserted: awaiting approval, not flagged, version 0. */
    static Withdrawal draft(
            WithdrawalRequest request,
            String requestedBy,
            String idempotencyKey,
            long idempotencyRecordId,
            String fingerprint,
            Instant now) {
        return new Withdrawal(
                0,
                request,
                requestedBy,
                idempotencyKey,
                idempotencyRecordId,
                fingerprint,
                WithdrawalStatus.AWAITING_APPROVAL,
                false,
                Approvals.NONE,
                null,
                null,
                null,
                ReconciliationState.NONE,
                0,
                now,
                now);
    }

    String memberId() {
        return request.memberId();
    }

    Asset asset() {
        return request.asset();
    }

    BigDecimal amount() {
        return request.amount();
    }

    String payoutReference() {
        return PayoutReferences.payout(id);
    }

    Withdrawal withId(long newId) {
        return new Withdrawal(
                newId,
                request,
                requestedBy,
                idempotencyKey,
                idempotencyRecordId,
                requestFingerprint,
                status,
                flagged,
                approvals,
                decidedBy,
                statusReason,
                vendorReference,
                reconciliation,
                version,
                createdAt,
                updatedAt);
    }

    Withdrawal withStatus(WithdrawalStatus newStatus, Instant now) {
        return new Withdrawal(
                id,
                request,
                requestedBy,
                idempotencyKey,
                idempotencyRecordId,
                requestFingerprint,
                newStatus,
                flagged,
                approvals,
                decidedBy,
                statusReason,
                vendorReference,
                reconciliation,
                version,
                createdAt,
                now);
    }

    Withdrawal withVersion(long newVersion) {
        return new Withdrawal(
                id,
                request,
                requestedBy,
                idempotencyKey,
                idempotencyRecordId,
                requestFingerprint,
                status,
                flagged,
                approvals,
                decidedBy,
                statusReason,
                vendorReference,
                reconciliation,
                newVersion,
                createdAt,
                updatedAt);
    }

    Withdrawal flagged(Instant now) {
        return new Withdrawal(
                id,
                request,
                requestedBy,
                idempotencyKey,
                idempotencyRecordId,
                requestFingerprint,
                status,
                true,
                approvals,
                decidedBy,
                statusReason,
                vendorReference,
                reconciliation,
                version,
                createdAt,
                now);
    }

    Withdrawal withFirstApproval(String approver, Set<ApprovalRole> roles) {
        return withApprovals(new Approvals(approver, roles, approvals.finalApprover()));
    }

    Withdrawal withFinalApproval(String approver) {
        return withApprovals(new Approvals(approvals.firstApprover(), approvals.firstApproverRoles(), approver));
    }

    Withdrawal withDecision(String decider, String reason) {
        return new Withdrawal(
                id,
                request,
                requestedBy,
                idempotencyKey,
                idempotencyRecordId,
                requestFingerprint,
                status,
                flagged,
                approvals,
                decider,
                reason,
                vendorReference,
                reconciliation,
                version,
                createdAt,
                updatedAt);
    }

    /** Keeps the known vendor reference when the new outcome carries none. */
    Withdrawal withVendorOutcome(String newVendorReference, String reason) {
        return new Withdrawal(
                id,
                request,
                requestedBy,
                idempotencyKey,
                idempotencyRecordId,
                requestFingerprint,
                status,
                flagged,
                approvals,
                decidedBy,
                reason,
                newVendorReference == null ? vendorReference : newVendorReference,
                reconciliation,
                version,
                createdAt,
                updatedAt);
    }

    Withdrawal withReconciliation(ReconciliationState state, Instant now) {
        return new Withdrawal(
                id,
                request,
                requestedBy,
                idempotencyKey,
                idempotencyRecordId,
                requestFingerprint,
                status,
                flagged,
                approvals,
                decidedBy,
                statusReason,
                vendorReference,
                state,
                version,
                createdAt,
                now);
    }

    private Withdrawal withApprovals(Approvals newApprovals) {
        return new Withdrawal(
                id,
                request,
                requestedBy,
                idempotencyKey,
                idempotencyRecordId,
                requestFingerprint,
                status,
                flagged,
                newApprovals,
                decidedBy,
                statusReason,
                vendorReference,
                reconciliation,
                version,
                createdAt,
                updatedAt);
    }
}

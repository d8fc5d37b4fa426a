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
        Copy copy = new Copy(this);
        copy.id = newId;
        return copy.build();
    }

    Withdrawal withStatus(WithdrawalStatus newStatus, Instant now) {
        Copy copy = new Copy(this);
        copy.status = newStatus;
        copy.updatedAt = now;
        return copy.build();
    }

    Withdrawal withVersion(long newVersion) {
        Copy copy = new Copy(this);
        copy.version = newVersion;
        return copy.build();
    }

    Withdrawal flagged(Instant now) {
        Copy copy = new Copy(this);
        copy.flagged = true;
        copy.updatedAt = now;
        return copy.build();
    }

    Withdrawal withFirstApproval(String approver, Set<ApprovalRole> roles) {
        return withApprovals(new Approvals(approver, roles, approvals.finalApprover()));
    }

    Withdrawal withFinalApproval(String approver) {
        return withApprovals(new Approvals(approvals.firstApprover(), approvals.firstApproverRoles(), approver));
    }

    Withdrawal withDecision(String decider, String reason) {
        Copy copy = new Copy(this);
        copy.decidedBy = decider;
        copy.statusReason = reason;
        return copy.build();
    }

    /** Keeps the known vendor reference when the new outcome carries none. */
    Withdrawal withVendorOutcome(String newVendorReference, String reason) {
        Copy copy = new Copy(this);
        copy.statusReason = reason;
        if (newVendorReference != null) {
            copy.vendorReference = newVendorReference;
        }
        return copy.build();
    }

    Withdrawal withReconciliation(ReconciliationState state, Instant now) {
        Copy copy = new Copy(this);
        copy.reconciliation = state;
        copy.updatedAt = now;
        return copy.build();
    }

    private Withdrawal withApprovals(Approvals newApprovals) {
        Copy copy = new Copy(this);
        copy.approvals = newApprovals;
        return copy.build();
    }

    /** The one place that copies every component: each {@code with...} method changes only its own. */
    private static final class Copy {
        private long id;
        private final WithdrawalRequest request;
        private final String requestedBy;
        private final String idempotencyKey;
        private final Long idempotencyRecordId;
        private final String requestFingerprint;
        private WithdrawalStatus status;
        private boolean flagged;
        private Approvals approvals;
        private String decidedBy;
        private String statusReason;
        private String vendorReference;
        private ReconciliationState reconciliation;
        private long version;
        private final Instant createdAt;
        private Instant updatedAt;

        private Copy(Withdrawal original) {
            id = original.id;
            request = original.request;
            requestedBy = original.requestedBy;
            idempotencyKey = original.idempotencyKey;
            idempotencyRecordId = original.idempotencyRecordId;
            requestFingerprint = original.requestFingerprint;
            status = original.status;
            flagged = original.flagged;
            approvals = original.approvals;
            decidedBy = original.decidedBy;
            statusReason = original.statusReason;
            vendorReference = original.vendorReference;
            reconciliation = original.reconciliation;
            version = original.version;
            createdAt = original.createdAt;
            updatedAt = original.updatedAt;
        }

        private Withdrawal build() {
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
                    version,
                    createdAt,
                    updatedAt);
        }
    }
}

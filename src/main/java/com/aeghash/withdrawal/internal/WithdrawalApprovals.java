package com.aeghash.withdrawal.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.security.OperatorIdentity;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The decisions on a withdrawal awaiting approval, each one transaction under the row lock: approvals (with
 * the two-person rules), rejections and cancellations. Execution after the final approval is not done here
 * but by {@link WithdrawalWorkflowService}, once this transaction committed.
 */
@Component
class WithdrawalApprovals {

    private final WithdrawalRepository withdrawals;
    private final WithdrawalStateChanges stateChanges;
    private final WithdrawalProperties properties;
    private final UnitOfWork unitOfWork;
    private final OperatorIdentity identity;

    WithdrawalApprovals(
            WithdrawalRepository withdrawals,
            WithdrawalStateChanges stateChanges,
            WithdrawalProperties properties,
            UnitOfWork unitOfWork,
            OperatorIdentity identity) {
        this.withdrawals = withdrawals;
        this.stateChanges = stateChanges;
        this.properties = properties;
        this.unitOfWork = unitOfWork;
        this.identity = identity;
    }

    Withdrawal approve(long id, Approver approver, String note) {
        return unitOfWork.inTransaction(() -> {
            Withdrawal locked = lock(id);
            WithdrawalAction action =
                    properties.twoStepRequired() && locked.status() == WithdrawalStatus.AWAITING_APPROVAL
                            ? WithdrawalAction.APPROVE_FIRST_OF_TWO
                            : WithdrawalAction.APPROVE_FINAL;
            WithdrawalStateChanges.requireAllowed(locked.status(), action);
            requireEligible(locked, approver, note);
            Map<String, String> metadata = Map.of("roles", ApprovalRole.format(approver.roles()));
            if (action == WithdrawalAction.APPROVE_FIRST_OF_TWO) {
                return stateChanges.move(
                        locked,
                        action,
                        row -> row.withFirstApproval(approver.username(), approver.roles()),
                        new AuditNote(WithdrawalAuditAction.APPROVED_STAGE1, approver.username(), note, metadata));
            }
            return stateChanges.move(
                    locked,
                    action,
                    row -> row.withFinalApproval(approver.username()),
                    new AuditNote(WithdrawalAuditAction.APPROVED, approver.username(), note, metadata));
        });
    }

    Withdrawal reject(long id, String actor, String reason) {
        return unitOfWork.inTransaction(() -> {
            Withdrawal locked = lock(id);
            requireNotTheMemberNorTheRequester(locked, actor);
            return stateChanges.move(
                    locked,
                    WithdrawalAction.REJECT,
                    row -> row.withDecision(actor, reason),
                    AuditNote.of(WithdrawalAuditAction.REJECTED, actor, reason));
        });
    }

    /** The member's cancellation through the member app; allowed only before any approval. */
    Withdrawal cancel(long id, String actor, String reason) {
        return unitOfWork.inTransaction(() -> stateChanges.move(
                lock(id),
                WithdrawalAction.CANCEL,
                row -> row.withDecision(actor, reason),
                AuditNote.of(WithdrawalAuditAction.CANCELLED, actor, reason)));
    }

    private void requireEligible(Withdrawal withdrawal, Approver approver, String note) {
        if (approver.roles().isEmpty()) {
            throw new IllegalStateException("approvers hold OPERATIONS or FINANCE (checked by the controller)");
        }
        String username = approver.username();
        requireNotTheMemberNorTheRequester(withdrawal, username);
        if (withdrawal.status() == WithdrawalStatus.AWAITING_SECOND_APPROVAL) {
            Approvals first = withdrawal.approvals();
            if (username.equalsIgnoreCase(first.firstApprover())) {
                throw WithdrawalErrors.sameApprover(username);
            }
            if (properties.distinctRolesRequired() && !complementary(first.firstApproverRoles(), approver.roles())) {
                throw WithdrawalErrors.distinctRolesRequired();
            }
        }
        if (withdrawal.flagged() && (note == null || note.isBlank())) {
            throw WithdrawalErrors.noteRequired();
        }
    }

    /**
     * The member (an operator linked to the member id, or named like it in any case) and whoever requested the
     * withdrawal never decide it.
     */
    private void requireNotTheMemberNorTheRequester(Withdrawal withdrawal, String username) {
        if (identity.isMember(username, withdrawal.memberId()) || username.equalsIgnoreCase(withdrawal.requestedBy())) {
            throw WithdrawalErrors.invalidApprover(username);
        }
    }

    /** True when one approver can act as OPERATIONS and the other as FINANCE. */
    static boolean complementary(Set<ApprovalRole> first, Set<ApprovalRole> second) {
        return (first.contains(ApprovalRole.OPERATIONS) && second.contains(ApprovalRole.FINANCE))
                || (first.contains(ApprovalRole.FINANCE) && second.contains(ApprovalRole.OPERATIONS));
    }

    private Withdrawal lock(long id) {
        return withdrawals.lock(id).orElseThrow(() -> WithdrawalErrors.notFound(id));
    }
}

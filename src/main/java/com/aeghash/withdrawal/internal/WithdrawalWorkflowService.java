package com.aeghash.withdrawal.internal;

import org.springframework.stereotype.Service;

/**
 * The approval workflow (docs/modules/withdrawal.md): approvals, rejections and cancellations, and the execution that follows
 * the final approval at once (in its own phases, after the approval committed). A withdrawal approved but
 * not executed here (crash, outage) is executed by the {@link WithdrawalApprovalBatch}.
 */
@Service
class WithdrawalWorkflowService {

    private final WithdrawalApprovals approvals;
    private final PayoutExecutor executor;

    WithdrawalWorkflowService(WithdrawalApprovals approvals, PayoutExecutor executor) {
        this.approvals = approvals;
        this.executor = executor;
    }

    /** Notes and reasons are stored trimmed, a blank one as none, whichever entry point (API, console) sent it. */
    Withdrawal approve(long id, Approver approver, String note) {
        Withdrawal approved = approvals.approve(id, approver, trimmedOrNull(note));
        return approved.status() == WithdrawalStatus.APPROVED ? executor.executeIfApproved(id) : approved;
    }

    Withdrawal reject(long id, String actor, String reason) {
        return approvals.reject(id, actor, trimmedOrNull(reason));
    }

    Withdrawal cancel(long id, String actor, String reason) {
        return approvals.cancel(id, actor, trimmedOrNull(reason));
    }

    private static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package com.aeghash.withdrawal.internal;

import org.springframework.stereotype.Service;

/**
 * The approval workflow of the issue: approvals, rejections and cancellations, and the execution that follows
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

    Withdrawal approve(long id, Approver approver, String note) {
        Withdrawal approved = approvals.approve(id, approver, note);
        return approved.status() == WithdrawalStatus.APPROVED ? executor.executeIfApproved(id) : approved;
    }

    Withdrawal reject(long id, String actor, String reason) {
        return approvals.reject(id, actor, reason);
    }

    Withdrawal cancel(long id, String actor, String reason) {
        return approvals.cancel(id, actor, reason);
    }
}

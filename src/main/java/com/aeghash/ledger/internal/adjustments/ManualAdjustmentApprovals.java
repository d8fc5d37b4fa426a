package com.aeghash.ledger.internal.adjustments;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.approval.ApprovalRequest;
import com.aeghash.common.Amounts;
import com.aeghash.security.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Posts a manual adjustment a second FINANCE operator approved, in the approval's transaction (database only): the
 * approval, the entry and both audit entries commit together. The ledger's refusal (422 {@code insufficient_balance}
 * when the member's balance no longer covers a debit) ends the request {@code failed} and posts nothing.
 */
@Component
class ManualAdjustmentApprovals implements ApprovalHandler {

    private final ManualAdjustmentService adjustments;

    ManualAdjustmentApprovals(ManualAdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    @Override
    public String kind() {
        return ManualAdjustmentService.APPROVAL_KIND;
    }

    @Override
    public Set<Role> checkerRoles() {
        return Set.of(Role.FINANCE);
    }

    /** The adjusted member: their own operator never checks it. */
    @Override
    public Optional<String> memberOf(ApprovalRequest request) {
        return Optional.of(request.payload().path("memberId").asString());
    }

    @Override
    public String execute(ApprovalRequest request, String checker) {
        ManualAdjustmentService.Adjustment posted = adjustments.postApproved(request, checker);
        return "posted " + posted.reference() + " as entry " + posted.entryId() + ": " + posted.memberId() + " "
                + posted.asset() + " " + Amounts.format(posted.amount()) + ", available after "
                + Amounts.format(posted.availableAfter());
    }
}

package com.aeghash.mining.internal.procurement;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.approval.ApprovalRequest;
import com.aeghash.security.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Applies an operator's decision on a procurement left to an operator once a different OPERATIONS or FINANCE operator
 * approved it, in the approval's transaction (database only). A procurement no longer waiting for that decision
 * refuses it (409: the request ends {@code failed}).
 */
@Component
class ProcurementDecisionApprovals implements ApprovalHandler {

    private final ProcurementDecisions decisions;

    ProcurementDecisionApprovals(ProcurementDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public String kind() {
        return ProcurementDecisions.APPROVAL_KIND;
    }

    @Override
    public Set<Role> checkerRoles() {
        return Set.of(Role.OPERATIONS, Role.FINANCE);
    }

    @Override
    public String execute(ApprovalRequest request, String checker) {
        return decisions.approved(request, checker);
    }
}

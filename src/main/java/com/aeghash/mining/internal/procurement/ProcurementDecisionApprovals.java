package com.aeghash.mining.internal.procurement;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.approval.ApprovalRequest;
import com.aeghash.security.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Applies an operator's decision on a procurement left to an operator once a different OPERATIONS or FINANCE operator
 * approved it (one OPERATIONS and one FINANCE operator when {@link DistinctRoles} is on), in the approval's
 * transaction (database only). A procurement no longer waiting for that decision refuses it (409: the request ends
 * {@code failed}).
 */
@Component
class ProcurementDecisionApprovals implements ApprovalHandler {

    private final ProcurementDecisions decisions;
    private final DistinctRoles distinctRoles;

    ProcurementDecisionApprovals(ProcurementDecisions decisions, DistinctRoles distinctRoles) {
        this.decisions = decisions;
        this.distinctRoles = distinctRoles;
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
        distinctRoles.require(request, checker);
        return decisions.approved(request, checker);
    }
}

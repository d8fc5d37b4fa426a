package com.aeghash.mining.internal.procurement;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.approval.ApprovalRequest;
import com.aeghash.security.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Approves a procurement once a different OPERATIONS or FINANCE operator approves its request (one OPERATIONS and one
 * FINANCE operator when {@link DistinctRoles} is on), in the approval's transaction (database only: the vendor calls
 * follow, in their own phases). A procurement no longer awaiting approval refuses it (409: the request ends
 * {@code failed}).
 */
@Component
class ProcurementApprovals implements ApprovalHandler {

    private final ProcurementService procurements;
    private final DistinctRoles distinctRoles;

    ProcurementApprovals(ProcurementService procurements, DistinctRoles distinctRoles) {
        this.procurements = procurements;
        this.distinctRoles = distinctRoles;
    }

    @Override
    public String kind() {
        return ProcurementService.APPROVAL_KIND;
    }

    @Override
    public Set<Role> checkerRoles() {
        return Set.of(Role.OPERATIONS, Role.FINANCE);
    }

    @Override
    public String execute(ApprovalRequest request, String checker) {
        distinctRoles.require(request, checker);
        return procurements.approved(request, checker);
    }
}

package com.aeghash.withdrawal.internal;

import java.util.EnumSet;
import java.util.Set;

/** Who approved, and with which roles the first approver acted (for the distinct-roles rule). */
record Approvals(String firstApprover, Set<ApprovalRole> firstApproverRoles, String finalApprover) {

    static final Approvals NONE = new Approvals(null, Set.of(), null);

    Approvals {
        firstApproverRoles = firstApproverRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(firstApproverRoles));
    }
}

package com.aeghash.withdrawal.internal;

import java.util.Set;

/** An operator approving or rejecting, with the approval roles they hold. */
record Approver(String username, Set<ApprovalRole> roles) {

    Approver {
        roles = Set.copyOf(roles);
    }
}

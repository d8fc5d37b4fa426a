package com.aeghash.security;

/** Operator roles (least privilege: ADMIN does not imply the others). */
public enum Role {
    /** Operations staff: withdrawal approvals, ETL runs, hash power. */
    OPERATIONS,
    /** Finance staff: withdrawal approvals, closings, ledger views, manual adjustments (large ones by two). */
    FINANCE,
    /** System administrators: operators, partner keys, simulators; no money-moving rights. */
    ADMIN,
    /**
     * The member app, a service client acting on behalf of members: requests and cancels withdrawals and
     * registers withdrawal addresses. It cannot approve anything.
     */
    MEMBER_APP;

    public String authority() {
        return "ROLE_" + name();
    }
}

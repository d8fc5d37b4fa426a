package com.aeghash.security;

/** Operator roles (least privilege: ADMIN does not imply the others). */
public enum Role {
    /** Operations staff: withdrawal approvals, ETL runs, hash power. */
    OPERATIONS,
    /** Finance staff: withdrawal approvals, closings, ledger views. */
    FINANCE,
    /** System administrators: operators, partner keys, simulators, manual adjustments. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}

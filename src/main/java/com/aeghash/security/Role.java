package com.aeghash.security;

import java.util.EnumSet;
import java.util.Set;

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
    MEMBER_APP,
    /**
     * Monitoring systems: read the metrics ({@code /actuator/prometheus}, {@code /actuator/metrics/**}) and the
     * health details, nothing else.
     */
    MONITORING;

    /** The roles a service token may carry: neither can approve, adjust or move money without a member's token. */
    public static final Set<Role> SERVICE_TOKEN_ROLES = EnumSet.of(MEMBER_APP, MONITORING);

    public String authority() {
        return "ROLE_" + name();
    }
}

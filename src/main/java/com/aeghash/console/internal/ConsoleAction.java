package com.aeghash.console.internal;

import com.aeghash.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an operator may do in the console, and with which roles: the one table behind both the buttons a page
 * shows and the {@code @PreAuthorize} checks of the console's handlers. The roles follow the HTTP API's.
 */
enum ConsoleAction {
    /** Every console page (the member app's account is a service client, not a person). */
    VIEW_CONSOLE(Role.OPERATIONS, Role.FINANCE, Role.ADMIN),
    /** Approve, reject and reconcile withdrawals. */
    APPROVE_WITHDRAWALS(Role.OPERATIONS, Role.FINANCE),
    /** Start a bonus closing. */
    RUN_CLOSINGS(Role.FINANCE, Role.OPERATIONS, Role.ADMIN),
    /** Run the daily mining ETL and take project snapshots. */
    RUN_MINING_JOBS(Role.OPERATIONS),
    /** Decide the outcome of an unknown mining withdrawal. */
    RESOLVE_MINING_WITHDRAWALS(Role.OPERATIONS, Role.FINANCE),
    /** Decide the outcome of an unknown wallet transaction (money moves with it: never ADMIN's). */
    RESOLVE_WALLET_TRANSACTIONS(Role.OPERATIONS, Role.FINANCE),
    /** Approve or reject another operator's four-eyes request (each kind narrows it further). */
    DECIDE_APPROVALS(Role.OPERATIONS, Role.FINANCE),
    /** See the partners and their inbound event log, and re-process failed events. */
    MANAGE_PARTNERS(Role.ADMIN),
    /** List, create and delete operators. */
    MANAGE_OPERATORS(Role.ADMIN),
    /** See wallet and destination addresses unmasked. */
    SEE_FULL_ADDRESSES(Role.ADMIN);

    private final Set<Role> roles;

    ConsoleAction(Role first, Role... others) {
        this.roles = EnumSet.of(first, others);
    }

    boolean allowedFor(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}

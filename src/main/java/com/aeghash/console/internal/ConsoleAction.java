package com.aeghash.console.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.bonus.BonusCenters;
import com.aeghash.common.Addresses;
import com.aeghash.common.web.AccessRules;
import com.aeghash.product.ProductCatalogue;
import com.aeghash.security.OperatorAccounts;
import com.aeghash.security.Role;
import com.aeghash.webhook.WebhookEndpoints;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an operator may do in the console, and with which roles: the one table behind both the buttons a page
 * shows and the {@code @PreAuthorize} checks of the console's handlers. The roles follow the HTTP API's; where the
 * owning module states its rule as a constant (who reads the audit trail, who manages operators, who sees addresses
 * whole), the entry is that rule itself, so the console cannot drift from the API.
 */
enum ConsoleAction {
    /** Every console page (the member app's account is a service client, not a person). */
    VIEW_CONSOLE(Role.OPERATIONS, Role.FINANCE, Role.ADMIN),
    /** Approve, reject and reconcile withdrawals. */
    APPROVE_WITHDRAWALS(Role.OPERATIONS, Role.FINANCE),
    /** Start a bonus closing (it makes pending bonuses spendable: never ADMIN's). */
    RUN_CLOSINGS(Role.FINANCE, Role.OPERATIONS),
    /** Run the daily mining ETL and take project snapshots. */
    RUN_MINING_JOBS(Role.OPERATIONS),
    /** Decide the outcome of an unknown mining withdrawal. */
    RESOLVE_MINING_WITHDRAWALS(Role.OPERATIONS, Role.FINANCE),
    /** Decide the outcome of an unknown wallet transaction (money moves with it: never ADMIN's). */
    RESOLVE_WALLET_TRANSACTIONS(Role.OPERATIONS, Role.FINANCE),
    /** Acknowledge and resolve alerts (audited). */
    HANDLE_ALERTS(Role.OPERATIONS, Role.FINANCE, Role.ADMIN),
    /** Approve or reject another operator's four-eyes request (each kind narrows it further). */
    DECIDE_APPROVALS(Role.OPERATIONS, Role.FINANCE),
    /** See the partners and their inbound event log, and re-process failed events. */
    MANAGE_PARTNERS(Role.ADMIN),
    /** List, create and delete operators: the security module's rule. */
    MANAGE_OPERATORS(OperatorAccounts.MANAGERS),
    /** See the webhook endpoints and the delivery log, and redeliver: the webhook module's rule. */
    MANAGE_WEBHOOKS(WebhookEndpoints.MANAGERS),
    /** See the product catalogue and activate or deactivate products: the product module's rule. */
    MANAGE_PRODUCTS(ProductCatalogue.MANAGERS),
    /** Designate and revoke centers, assign buyers' centers: the bonus module's rule. */
    MANAGE_CENTERS(BonusCenters.MANAGERS),
    /** Read the audit trail (its page, the dashboard's recent entries): the audit module's rule. */
    READ_AUDIT_TRAIL(AuditLog.READERS),
    /** See wallet and destination addresses unmasked: the masking rule of {@code common}. */
    SEE_FULL_ADDRESSES(Addresses.FULL_ADDRESS_READERS);

    private final Set<Role> roles;
    /** The owning module's rule (a Spring Security expression), or null when {@link #roles} decide. */
    private final String rule;

    ConsoleAction(Role first, Role... others) {
        this.roles = EnumSet.of(first, others);
        this.rule = null;
    }

    ConsoleAction(String rule) {
        this.roles = Set.of();
        this.rule = rule;
    }

    boolean allowedFor(Set<Role> held) {
        if (rule != null) {
            return AccessRules.allowsRoles(rule, held.stream().map(Role::name).toList());
        }
        return held.stream().anyMatch(roles::contains);
    }
}

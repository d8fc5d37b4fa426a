package com.aeghash.security;

import com.aeghash.common.Secret;
import java.util.List;
import java.util.Set;

/**
 * Operator accounts for administrators (the console's operators page). Every change is audited. What grants rights
 * (a new operator, new roles, enabling again, a member link) is a pending {@link OperatorChange} a second
 * administrator confirms ({@link OperatorChanges}); what only takes rights away (disabling, deleting) is immediate.
 * Which operator may call it is the web layer's check ({@link #MANAGERS}), except {@link #changeOwnPassword}.
 */
public interface OperatorAccounts {

    /**
     * Who may list, create, change and delete operators and decide their changes: the one rule of the API
     * ({@code /api/v1/operators}, {@code /api/v1/operator-changes}) and the console's operators page. A Spring
     * Security expression.
     */
    String MANAGERS = "hasRole('ADMIN')";

    /** Every operator, by user name. */
    List<Operator> list();

    /**
     * Asks for a new operator (pending until another administrator confirms it; it cannot sign in before).
     *
     * @param memberId the member the operator is, or null
     * @throws com.aeghash.common.ApiException 400 {@code validation_failed} for a malformed user name or member id, a
     *     password against the rules or no role; 409 {@code conflict} when the user name is taken,
     *     {@code operator_change_pending} when a change of that name awaits a decision
     */
    OperatorChange create(String actor, String username, Secret password, Set<Role> roles, String memberId);

    /**
     * Asks for new roles (pending until another administrator confirms them).
     *
     * @throws com.aeghash.common.ApiException 404 for an unknown operator; 409 {@code last_administrator} when they
     *     would take ADMIN from the last enabled administrator, {@code operator_change_pending}
     */
    OperatorChange changeRoles(String actor, String username, Set<Role> roles);

    /** Asks to link the operator to a member, or to none ({@code memberId} null); pending like every grant. */
    OperatorChange linkMember(String actor, String username, String memberId);

    /**
     * Disables the operator at once (their sign-ins and sessions stop working).
     *
     * @throws com.aeghash.common.ApiException 404; 409 {@code conflict} for oneself, {@code last_administrator}
     */
    void disable(String actor, String username);

    /** Asks to enable a disabled operator again (pending until another administrator confirms it). */
    OperatorChange enable(String actor, String username);

    /**
     * @throws com.aeghash.common.ApiException 404 for an unknown operator; 409 {@code conflict} for oneself or the
     *     last administrator
     */
    void delete(String actor, String username);

    /**
     * The operator's own password, given the current one (every other session of theirs ends).
     *
     * @throws com.aeghash.common.ApiException 400 {@code validation_failed}: {@code currentPassword} wrong,
     *     {@code newPassword} against the rules
     */
    void changeOwnPassword(String username, Secret currentPassword, Secret newPassword);
}

package com.aeghash.security;

import com.aeghash.common.Secret;
import java.util.List;
import java.util.Set;

/**
 * Operator accounts for administrators (the console's operators page). Every change is audited; which
 * operator may call it is the web layer's check (ADMIN).
 */
public interface OperatorAccounts {

    /**
     * Who may list, create and delete operators: the one rule of the API ({@code /api/v1/operators}) and the
     * console's operators page. A Spring Security expression.
     */
    String MANAGERS = "hasRole('ADMIN')";

    /** Every operator, by user name. */
    List<Operator> list();

    /**
     * @throws com.aeghash.common.ApiException 400 {@code validation_failed} for a malformed user name, a password
     *         of the wrong length or no role; 409 {@code conflict} when the user name is taken
     */
    Operator create(String actor, String username, Secret password, Set<Role> roles);

    /**
     * @throws com.aeghash.common.ApiException 404 for an unknown operator; 409 {@code conflict} for oneself or the
     *         last administrator
     */
    void delete(String actor, String username);
}

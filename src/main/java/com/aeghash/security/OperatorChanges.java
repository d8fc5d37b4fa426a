package com.aeghash.security;

import java.util.List;

/**
 * Four eyes on operators: the changes of an operator's access that wait for a second administrator (the console's
 * operators page and {@code /api/v1/operator-changes}). Who may call it is the web layer's check
 * ({@link OperatorAccounts#MANAGERS}).
 */
public interface OperatorChanges {

    /** The changes awaiting a decision, oldest first. */
    List<OperatorChange> pending();

    /**
     * Applies the change and records who confirmed it, once: a second confirmation finds it decided.
     *
     * @throws com.aeghash.common.ApiException 404 for an unknown change; 409 {@code operator_change_decided} when it
     *     was decided already, {@code same_operator} when the checker asked for it (outside break-glass),
     *     {@code last_administrator} when it would leave no enabled administrator, {@code conflict} when the user
     *     name was taken or the operator deleted meanwhile
     */
    OperatorChange confirm(String checker, long id);

    /**
     * Rejects the change (its maker may withdraw it this way too); nothing else changes.
     *
     * @throws com.aeghash.common.ApiException 404 for an unknown change; 409 {@code operator_change_decided}
     */
    OperatorChange reject(String checker, long id);
}

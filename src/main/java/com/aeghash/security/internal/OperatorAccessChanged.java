package com.aeghash.security.internal;

/**
 * Published inside the transaction that deletes or disables an operator, changes their roles or their password:
 * whatever that operator signed in with before must stop working at once (their console sessions end).
 *
 * @param username the operator whose access changed
 * @param change what changed, for the audit trail and logs ({@code deleted}, {@code disabled}, {@code roles},
 *     {@code password})
 */
record OperatorAccessChanged(String username, String change) {}

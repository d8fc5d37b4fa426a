package com.aeghash.security;

import java.time.Instant;
import java.util.Set;

/**
 * An operator account as shown by the API (never with its password hash).
 *
 * @param memberId the member this operator is (an employee who is also a member), or null: such an operator never
 *     approves or decides anything about that member's money ({@link OperatorIdentity})
 */
public record Operator(
        String username, Set<Role> roles, boolean enabled, Instant createdAt, String createdBy, String memberId) {

    public Operator {
        roles = Set.copyOf(roles);
    }

    /** An operator linked to no member. */
    public Operator(String username, Set<Role> roles, boolean enabled, Instant createdAt, String createdBy) {
        this(username, roles, enabled, createdAt, createdBy, null);
    }
}

package com.aeghash.security;

import java.time.Instant;
import java.util.Set;

/** An operator account as shown by the API (never with its password hash). */
public record Operator(String username, Set<Role> roles, boolean enabled, Instant createdAt, String createdBy) {

    public Operator {
        roles = Set.copyOf(roles);
    }
}

package com.aeghash.security.internal.tokens;

import com.aeghash.security.Role;
import java.time.Instant;
import java.util.Set;

/**
 * A service token about to be stored: what identifies it (its visible prefix and the SHA-256 of the whole token,
 * never the token) and what it may do.
 *
 * @param expiresAt null when it never expires
 */
record NewServiceToken(
        String prefix,
        String tokenHash,
        String name,
        Set<Role> roles,
        Instant createdAt,
        String createdBy,
        Instant expiresAt) {}

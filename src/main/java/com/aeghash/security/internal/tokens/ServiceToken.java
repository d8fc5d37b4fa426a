package com.aeghash.security.internal.tokens;

import com.aeghash.security.Role;
import java.time.Instant;
import java.util.Set;

/**
 * A service token as listed: never its secret nor its hash. {@code prefix} ({@code aeg_st_<id>}) is the visible start
 * of the token, the name it goes by in audit entries and logs.
 */
public record ServiceToken(
        long id,
        String prefix,
        String name,
        Set<Role> roles,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        String revokedBy,
        Instant lastUsedAt) {

    /** Usable at {@code now}: not revoked and not expired. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}

package com.aeghash.security;

import com.aeghash.common.Secret;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator. {@code AEGHASH_ADMIN_PASSWORD} seeds it on a database without operators; in
 * the sandbox profile a random password is generated and printed once when none is set.
 * {@code bcryptStrength} is the cost of new password hashes (10 by default; tests use the minimum, 4,
 * because every HTTP Basic request verifies one).
 */
@ConfigurationProperties("aeghash.security")
public record SecurityProperties(
        @DefaultValue("admin") String adminUsername,
        Secret adminPassword,
        @DefaultValue("false") boolean generateAdminPassword,
        @DefaultValue("10") int bcryptStrength) {

    public SecurityProperties {
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException("aeghash.security.bcrypt-strength must be 4-31");
        }
    }
}

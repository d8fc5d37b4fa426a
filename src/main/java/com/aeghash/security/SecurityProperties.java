package com.aeghash.security;

import com.aeghash.common.Secret;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator and the rules of operator changes. {@code AEGHASH_ADMIN_PASSWORD} seeds the administrator
 * on a database without operators; in the sandbox profile a random password is generated and printed once when none
 * is set. {@code bcryptStrength} is the cost of new password hashes (10 by default; tests use the minimum, 4, because
 * every HTTP Basic request verifies one).
 *
 * @param singleAdminOperatorChanges an administrator's operator changes take effect at once, without a second
 *     administrator: the sandbox's switch for the README tour and local trials; {@code prod} refuses to start with it
 * @param breakGlass the only enabled administrator may confirm their own operator change (an installation with one
 *     administrator); every use is audited and raises a critical alert (docs/operations.md)
 */
@ConfigurationProperties("aeghash.security")
public record SecurityProperties(
        @DefaultValue("admin") String adminUsername,
        Secret adminPassword,
        @DefaultValue("false") boolean generateAdminPassword,
        @DefaultValue("10") int bcryptStrength,
        @DefaultValue("false") boolean singleAdminOperatorChanges,
        @DefaultValue("false") boolean breakGlass) {

    public SecurityProperties {
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException("aeghash.security.bcrypt-strength must be 4-31");
        }
    }
}

package com.aeghash.security;

import com.aeghash.common.Secret;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator. {@code AEGHASH_ADMIN_PASSWORD} seeds it on a database without operators; in
 * the sandbox profile a random password is generated and printed once when none is set.
 */
@ConfigurationProperties("aeghash.security")
public record SecurityProperties(
        @DefaultValue("admin") String adminUsername,
        Secret adminPassword,
        @DefaultValue("false") boolean generateAdminPassword) {
}

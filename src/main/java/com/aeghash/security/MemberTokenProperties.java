package com.aeghash.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How member JWTs (signed by the member app for its logged-in member) are verified: RS256 with {@code publicKey} (a
 * PEM {@code PUBLIC KEY}) or the keys at {@code jwkSetUri}, from {@code issuer}, for {@code audience}, with an
 * expiry, no more than {@code maxLifetime} after issue and after now. Neither key configured: every member JWT is a
 * 401. The sandbox profile configures the published development key, which prod refuses (docs/operations.md).
 */
@ConfigurationProperties("aeghash.security.member-token")
public record MemberTokenProperties(
        String publicKey,
        String jwkSetUri,
        String issuer,
        @DefaultValue("aeghash") String audience,
        @DefaultValue("15m") Duration maxLifetime,
        @DefaultValue("30s") Duration clockSkew) {

    public boolean configured() {
        return hasText(publicKey) || hasText(jwkSetUri);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}

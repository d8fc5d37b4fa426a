package com.aeghash.security.internal.tokens;

import com.aeghash.security.MemberScope;
import com.aeghash.security.MemberTokenProperties;
import com.aeghash.security.Role;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Verifies member JWTs: RS256 only (so {@code alg: none} and HMAC tokens fail), the configured issuer, the audience,
 * an {@code exp} that is present, not passed, at most {@code maxLifetime} after {@code iat} and after now, and a
 * subject that is a member id. The authentication is named {@code member:<memberId>} and carries
 * {@code ROLE_MEMBER_APP} and {@link MemberScope#AUTHORITY_PREFIX}{@code <memberId>}.
 */
final class MemberTokens {

    static final String NAME_PREFIX = "member:";
    /** The name {@code member:<memberId>} fits the 64 characters of the actor columns. */
    private static final Pattern SUBJECT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,56}$");

    private final JwtDecoder decoder;

    private MemberTokens(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    static MemberTokens of(MemberTokenProperties properties, Clock clock) {
        if (!properties.configured()) {
            return new MemberTokens(token -> {
                throw new JwtException("member tokens are not configured");
            });
        }
        if (properties.issuer() == null || properties.issuer().isBlank()) {
            throw new IllegalStateException("aeghash.security.member-token.issuer is required with a member token key");
        }
        NimbusJwtDecoder decoder =
                properties.publicKey() != null && !properties.publicKey().isBlank()
                        ? NimbusJwtDecoder.withPublicKey(publicKey(properties.publicKey()))
                                .signatureAlgorithm(SignatureAlgorithm.RS256)
                                .build()
                        : NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                                .jwsAlgorithm(SignatureAlgorithm.RS256)
                                .build();
        decoder.setJwtValidator(validator(properties, clock));
        return new MemberTokens(decoder);
    }

    /** The verified token as an authentication; a {@link JwtException} when it is not acceptable. */
    JwtAuthenticationToken authenticate(String token) {
        Jwt jwt = decoder.decode(token);
        String memberId = jwt.getSubject();
        return new JwtAuthenticationToken(
                jwt,
                List.of(
                        new SimpleGrantedAuthority(Role.MEMBER_APP.authority()),
                        new SimpleGrantedAuthority(MemberScope.AUTHORITY_PREFIX + memberId)),
                NAME_PREFIX + memberId);
    }

    private static OAuth2TokenValidator<Jwt> validator(MemberTokenProperties properties, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(
                timestamps,
                new JwtIssuerValidator(properties.issuer()),
                jwt -> check(jwt.getAudience() != null && jwt.getAudience().contains(properties.audience()), "aud"),
                jwt -> check(shortLived(jwt, properties.maxLifetime(), properties.clockSkew(), clock), "exp"),
                jwt -> check(
                        jwt.getSubject() != null
                                && SUBJECT.matcher(jwt.getSubject()).matches(),
                        "sub"));
    }

    /**
     * {@code exp} present, at most the lifetime after now (plus the clock skew) and after {@code iat} when the token
     * has one (Spring's claim converter gives a token without {@code iat} the issue time {@code exp} - 1 s; the bound
     * on now holds either way).
     */
    private static boolean shortLived(Jwt jwt, Duration maxLifetime, Duration skew, Clock clock) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return false;
        }
        Instant issuedAt = jwt.getIssuedAt();
        return (issuedAt == null || !expiresAt.isAfter(issuedAt.plus(maxLifetime)))
                && !expiresAt.isAfter(clock.instant().plus(maxLifetime).plus(skew));
    }

    private static OAuth2TokenValidatorResult check(boolean valid, String claim) {
        return valid
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "the " + claim + " claim is not acceptable", null));
    }

    private static RSAPublicKey publicKey(String pem) {
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException | IllegalArgumentException e) {
            throw new IllegalStateException("aeghash.security.member-token.public-key is not a PEM RSA public key", e);
        }
    }
}

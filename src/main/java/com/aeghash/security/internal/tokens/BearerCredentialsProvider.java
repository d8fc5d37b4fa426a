package com.aeghash.security.internal.tokens;

import com.aeghash.security.MemberTokenProperties;
import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * The one check of {@code Authorization: Bearer} credentials, told apart by their form: {@code aeg_st_...} is a service
 * token (looked up by its hash), three dot-separated parts a member JWT (verified by its signature); anything else,
 * and any token that fails its check, is a 401. Failures never carry the token.
 */
public final class BearerCredentialsProvider implements AuthenticationProvider {

    private final ServiceTokenService serviceTokens;
    private final MemberTokens memberTokens;

    public BearerCredentialsProvider(ServiceTokenService serviceTokens, MemberTokenProperties properties, Clock clock) {
        this.serviceTokens = serviceTokens;
        this.memberTokens = MemberTokens.of(properties, clock);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (ServiceTokenSecrets.looksLikeServiceToken(token)) {
            return serviceTokens
                    .authenticate(token)
                    .map(ServiceTokenAuthentication::new)
                    .orElseThrow(() -> new InvalidBearerTokenException("unknown, revoked or expired service token"));
        }
        if (token.split("\\.", -1).length == 3) {
            try {
                return memberTokens.authenticate(token);
            } catch (JwtException e) {
                throw new InvalidBearerTokenException("member token refused");
            }
        }
        throw new InvalidBearerTokenException("neither a service token nor a member token");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

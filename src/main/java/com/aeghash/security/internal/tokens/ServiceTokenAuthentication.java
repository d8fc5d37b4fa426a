package com.aeghash.security.internal.tokens;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an active service token: named by its prefix, with the token's roles. */
public final class ServiceTokenAuthentication extends AbstractAuthenticationToken {

    private final String prefix;

    ServiceTokenAuthentication(ServiceToken token) {
        super(token.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList());
        this.prefix = token.prefix();
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return prefix;
    }

    @Override
    public String getName() {
        return prefix;
    }
}

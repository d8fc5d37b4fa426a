package com.aeghash.security;

import com.aeghash.common.ApiException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The one member a caller acts for, when it is limited to one: a member JWT grants the authority
 * {@code MEMBER_SCOPE:<memberId>} (and {@code ROLE_MEMBER_APP}). The filter chain keeps such a caller on its own
 * member's paths; an endpoint that names the member elsewhere (a body, a withdrawal id) checks it here.
 */
public final class MemberScope {

    public static final String AUTHORITY_PREFIX = "MEMBER_SCOPE:";

    private MemberScope() {}

    /** The member the caller is limited to; empty for operators and service tokens. */
    public static Optional<String> memberOf(Authentication caller) {
        if (caller == null) {
            return Optional.empty();
        }
        return caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(AUTHORITY_PREFIX))
                .map(authority -> authority.substring(AUTHORITY_PREFIX.length()))
                .findFirst();
    }

    /** 403 {@code forbidden} when the caller is limited to another member than {@code memberId}. */
    public static void requireMayActFor(Authentication caller, String memberId) {
        Optional<String> scope = memberOf(caller);
        if (scope.isPresent() && !scope.get().equals(memberId)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "a member token acts for its own member only");
        }
    }
}

package com.aeghash.console.internal;

import com.aeghash.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Decides {@link ConsoleAction}s for the signed-in operator. Handlers use it as
 * {@code @PreAuthorize("@consoleAccess.allows(authentication, 'APPROVE_WITHDRAWALS')")}; pages get the same
 * decisions as the model attribute {@code can} ({@code ${can['APPROVE_WITHDRAWALS']}}).
 */
@Component("consoleAccess")
class ConsoleAccess {

    static final String VIEW = "@consoleAccess.allows(authentication, 'VIEW_CONSOLE')";

    public boolean allows(Authentication authentication, String action) {
        return ConsoleAction.valueOf(action).allowedFor(rolesOf(authentication));
    }

    /** Every action by name, with whether the operator may take it. */
    Map<String, Boolean> permissions(Authentication authentication) {
        Set<Role> roles = rolesOf(authentication);
        Map<String, Boolean> permissions = new LinkedHashMap<>();
        Arrays.stream(ConsoleAction.values())
                .forEach(action -> permissions.put(action.name(), action.allowedFor(roles)));
        return permissions;
    }

    static Set<Role> rolesOf(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null || !authentication.isAuthenticated()) {
            return roles;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            Arrays.stream(Role.values())
                    .filter(role -> role.authority().equals(granted.getAuthority()))
                    .forEach(roles::add);
        }
        return roles;
    }
}

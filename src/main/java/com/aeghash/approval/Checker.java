package com.aeghash.approval;

import com.aeghash.security.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The operator deciding a request, with the roles they hold (a kind names the roles that may check it). */
public record Checker(String username, Set<Role> roles) {

    public Checker {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    /** The operator with the roles among their granted authorities ({@code ROLE_FINANCE}, ...). */
    public static Checker of(String username, Collection<String> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values())
                .filter(role -> authorities.contains(role.authority()))
                .forEach(roles::add);
        return new Checker(username, roles);
    }

    /** The same person as {@code other}: user names compare without case ({@code OPS1} is {@code ops1}). */
    public boolean isSamePersonAs(String other) {
        return other != null && username.equalsIgnoreCase(other);
    }
}

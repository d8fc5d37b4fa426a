package com.aeghash.withdrawal.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The operator roles that may approve withdrawals (read from the caller's authorities). */
enum ApprovalRole {
    OPERATIONS,
    FINANCE;

    static Set<ApprovalRole> fromAuthorities(Collection<String> authorities) {
        Set<ApprovalRole> roles = EnumSet.noneOf(ApprovalRole.class);
        for (ApprovalRole role : values()) {
            if (authorities.contains("ROLE_" + role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    static String format(Set<ApprovalRole> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<ApprovalRole> parse(String text) {
        Set<ApprovalRole> roles = EnumSet.noneOf(ApprovalRole.class);
        if (text != null) {
            for (String name : text.split(",")) {
                if (!name.isBlank()) {
                    roles.add(valueOf(name.trim()));
                }
            }
        }
        return roles;
    }
}

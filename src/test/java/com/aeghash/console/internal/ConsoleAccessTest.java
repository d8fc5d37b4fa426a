package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Who may do what in the console, as a table (the HTTP API's roles for the same actions). */
class ConsoleAccessTest {

    final ConsoleAccess access = new ConsoleAccess();

    @Test
    void eachRoleMayTakeExactlyTheseActions() {
        assertThat(allowed(Role.OPERATIONS))
                .containsExactlyInAnyOrder(
                        "VIEW_CONSOLE",
                        "HANDLE_ALERTS",
                        "APPROVE_WITHDRAWALS",
                        "RUN_CLOSINGS",
                        "RUN_MINING_JOBS",
                        "RESOLVE_MINING_WITHDRAWALS",
                        "RESOLVE_WALLET_TRANSACTIONS",
                        "DECIDE_APPROVALS");
        assertThat(allowed(Role.FINANCE))
                .containsExactlyInAnyOrder(
                        "VIEW_CONSOLE",
                        "HANDLE_ALERTS",
                        "APPROVE_WITHDRAWALS",
                        "RUN_CLOSINGS",
                        "RESOLVE_MINING_WITHDRAWALS",
                        "RESOLVE_WALLET_TRANSACTIONS",
                        "DECIDE_APPROVALS");
        // ADMIN holds no money-moving rights: no decision on a payout, no four-eyes approval, no closing (which makes
        // pending bonuses spendable).
        assertThat(allowed(Role.ADMIN))
                .containsExactlyInAnyOrder(
                        "VIEW_CONSOLE",
                        "HANDLE_ALERTS",
                        "MANAGE_PARTNERS",
                        "MANAGE_OPERATORS",
                        "MANAGE_WEBHOOKS",
                        "MANAGE_PRODUCTS",
                        "MANAGE_CENTERS",
                        "READ_AUDIT_TRAIL",
                        "SEE_FULL_ADDRESSES");
        // the member app is no console user (no VIEW_CONSOLE); the masking rule lets it show members their addresses
        assertThat(allowed(Role.MEMBER_APP)).containsExactly("SEE_FULL_ADDRESSES");
    }

    @Test
    void rolesAddUpAndUnknownAuthoritiesCountForNothing() {
        Authentication both = signedIn("ROLE_OPERATIONS", "ROLE_ADMIN", "ROLE_SOMETHING_ELSE", "SCOPE_read");

        assertThat(ConsoleAccess.rolesOf(both)).containsExactlyInAnyOrder(Role.OPERATIONS, Role.ADMIN);
        assertThat(access.allows(both, "RUN_MINING_JOBS")).isTrue();
        assertThat(access.allows(both, "MANAGE_OPERATORS")).isTrue();
        assertThat(access.allows(null, "VIEW_CONSOLE")).isFalse();
    }

    private Set<String> allowed(Role role) {
        Map<String, Boolean> permissions = access.permissions(signedIn(role.authority()));
        return permissions.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Authentication signedIn(String... authorities) {
        List<SimpleGrantedAuthority> granted =
                Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated("someone", "n/a", granted);
    }
}

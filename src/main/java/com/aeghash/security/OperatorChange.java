package com.aeghash.security;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * A change of an operator's access that one administrator (the maker) asked for and a different administrator (the
 * checker) confirms or rejects; it takes effect in the transaction that confirms it. Never carries a password.
 *
 * @param roles      the new operator's or the new roles ({@code CREATE}, {@code ROLES}); empty otherwise
 * @param memberId   the member the operator is linked to ({@code CREATE}, {@code MEMBER}; null: none)
 * @param breakGlass confirmed by its maker, the only enabled administrator, under break-glass (alerted)
 */
public record OperatorChange(
        long id,
        Kind kind,
        String username,
        Set<Role> roles,
        String memberId,
        OperatorChangeState state,
        String maker,
        Instant requestedAt,
        String checker,
        Instant decidedAt,
        boolean breakGlass) {

    public OperatorChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** What the change does once confirmed. */
    public enum Kind {
        /** A new operator (it cannot sign in before). */
        CREATE,
        /** Replaces the operator's roles. */
        ROLES,
        /** Enables a disabled operator again (disabling needs no confirmation: it only takes rights away). */
        ENABLE,
        /** Links the operator to a member, or unlinks it. */
        MEMBER;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A new pending change, without id. */
    public static OperatorChange pending(
            Kind kind, String username, Set<Role> roles, String memberId, String maker, Instant requestedAt) {
        return new OperatorChange(
                0, kind, username, roles, memberId, OperatorChangeState.PENDING, maker, requestedAt, null, null, false);
    }

    /** This change decided by the checker. */
    public OperatorChange decided(OperatorChangeState next, String checker, Instant at, boolean byBreakGlass) {
        return new OperatorChange(
                id, kind, username, roles, memberId, state.moveTo(next), maker, requestedAt, checker, at, byBreakGlass);
    }

    public OperatorChange withId(long newId) {
        return new OperatorChange(
                newId, kind, username, roles, memberId, state, maker, requestedAt, checker, decidedAt, breakGlass);
    }
}

package com.aeghash.security;

import com.aeghash.common.ApiException;
import java.util.Optional;

/**
 * Who an operator is outside the back office: the member they are, when their account is linked to one. Every
 * module whose operators act on a member's money (approve a withdrawal, make or check a manual adjustment, ...) asks
 * {@link #isMember} and refuses the member's own operator.
 */
public interface OperatorIdentity {

    /** The member the operator's account is linked to; empty for an unknown operator or one linked to none. */
    Optional<String> memberIdOf(String username);

    /**
     * Whether the operator is the member: linked to that member id, or named like it without regard to case
     * ({@code ops1} is member {@code OPS1}), the older rule kept as an extra guard.
     */
    default boolean isMember(String username, String memberId) {
        if (username == null || memberId == null) {
            return false;
        }
        return username.equalsIgnoreCase(memberId)
                || memberIdOf(username).filter(memberId::equalsIgnoreCase).isPresent();
    }

    /** The 409 {@code operator_is_member} of a module refusing the member's own operator. */
    static ApiException memberOwnOperator(String username, String memberId) {
        return ApiException.conflict(
                "operator_is_member",
                "operator " + username + " is member " + memberId
                        + " (linked or of the same name) and cannot act on that member's money");
    }
}

package com.aeghash.approval.internal;

import com.aeghash.approval.ApprovalStatus;
import com.aeghash.common.ApiException;
import com.aeghash.security.Role;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** The four-eyes refusals, each with its stable code. */
final class ApprovalErrors {

    private ApprovalErrors() {}

    static ApiException notFound(long id) {
        return ApiException.notFound("approval request " + id);
    }

    /** {@code openId} null when another maker's request was stored at the same moment. */
    static ApiException alreadyOpen(String kind, String subject, Long openId) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "approval_request_exists",
                null,
                "an approval request for " + kind + " of " + subject + " is still open",
                openId == null ? Map.of() : Map.of("approvalRequestId", openId));
    }

    static ApiException decided(long id, ApprovalStatus status) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "approval_request_decided",
                null,
                "approval request " + id + " is " + status.wireName() + ": it can no longer be decided",
                Map.of("state", status.wireName()));
    }

    static ApiException expired(long id) {
        return ApiException.conflict(
                "approval_request_expired", "approval request " + id + " expired before anyone approved it");
    }

    /** The code withdrawals use for the same rule. */
    static ApiException sameApprover(String maker) {
        return ApiException.conflict(
                "same_approver", maker + " asked for this action: a different person must approve or reject it");
    }

    static ApiException checkerRoleRequired(String kind, Set<Role> allowed) {
        return new ApiException(
                HttpStatus.FORBIDDEN,
                "checker_role_required",
                null,
                kind + " is approved or rejected by "
                        + allowed.stream().map(Role::name).sorted().collect(Collectors.joining(" or ")),
                Map.of());
    }

    static ApiException notTheMaker(long id) {
        return new ApiException(
                HttpStatus.FORBIDDEN,
                "not_the_maker",
                null,
                "only the operator who asked for approval request " + id + " can cancel it",
                Map.of());
    }
}

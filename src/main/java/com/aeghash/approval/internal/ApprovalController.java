package com.aeghash.approval.internal;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.ApprovalStatus;
import com.aeghash.approval.Checker;
import com.aeghash.common.ApiException;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Four-eyes requests for checkers: read them with their payload, approve, reject; the maker cancels. Requests are
 * filed by the endpoint of the action itself (a 202 with the request), never here. Which checker may decide a kind
 * is the kind's rule; the roles below only let the people who may check anything in.
 */
@RestController
class ApprovalController {

    private static final String READERS = "hasAnyRole('OPERATIONS', 'FINANCE', 'ADMIN')";
    private static final String DECIDERS = "hasAnyRole('OPERATIONS', 'FINANCE')";
    private static final CursorPage.Keyset<ApprovalRequest> LIST =
            new CursorPage.Keyset<>("approval-request", Long.MAX_VALUE, ApprovalRequest::id);
    private final ApprovalRequests requests;

    ApprovalController(ApprovalRequests requests) {
        this.requests = requests;
    }

    /** Newest first; {@code status}: awaiting_approval, executing, executed, failed, rejected, cancelled, expired. */
    @Operation(
            summary = "List approval requests",
            description =
                    "Four-eyes requests newest first, optionally of one `status` (awaiting_approval, executing, executed, failed, rejected, cancelled, expired), a page at a time.")
    @GetMapping("/api/v1/approval-requests")
    @PreAuthorize(READERS)
    CursorPage<ApprovalRequest> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        ApprovalStatus wanted = statusOf(status);
        return CursorPage.read(
                LIST,
                cursor,
                CursorPage.limit(limit, 50),
                (beforeId, rows) -> requests.listBefore(wanted, beforeId, rows));
    }

    @Operation(
            summary = "Get an approval request",
            description = "One four-eyes request with its maker, checker and payload.")
    @GetMapping("/api/v1/approval-requests/{id}")
    @PreAuthorize(READERS)
    ApprovalRequest one(@PathVariable long id) {
        return requests.request(id);
    }

    /** Approves and executes: 200 with the request {@code executed}, or {@code failed} with the action's refusal. */
    @Operation(
            summary = "Approve an approval request",
            description =
                    "A checker other than the maker approves; the action runs at once: the request answers `executed`, or `failed` with the action's refusal.")
    @ProblemCode(status = 403, code = "checker_role_required")
    @ProblemCode(status = 409, code = "approval_request_decided")
    @ProblemCode(status = 409, code = "approval_request_expired")
    @ProblemCode(status = 409, code = "same_approver")
    @PostMapping("/api/v1/approval-requests/{id}/approvals")
    @PreAuthorize(DECIDERS)
    ApprovalRequest approve(
            @PathVariable long id, @RequestBody(required = false) Decision decision, Authentication caller) {
        return requests.approve(id, checkerOf(caller), decision == null ? null : decision.note());
    }

    @Operation(
            summary = "Reject an approval request",
            description =
                    "A checker other than the maker refuses the action (a `reason` is required); nothing is executed.")
    @ProblemCode(status = 403, code = "checker_role_required")
    @ProblemCode(status = 409, code = "approval_request_decided")
    @ProblemCode(status = 409, code = "approval_request_expired")
    @ProblemCode(status = 409, code = "same_approver")
    @PostMapping("/api/v1/approval-requests/{id}/rejections")
    @PreAuthorize(DECIDERS)
    ApprovalRequest reject(
            @PathVariable long id, @RequestBody(required = false) Decision decision, Authentication caller) {
        return requests.reject(id, checkerOf(caller), decision == null ? null : decision.reason());
    }

    @Operation(
            summary = "Cancel an approval request",
            description = "The maker withdraws a request still awaiting approval.")
    @ProblemCode(status = 403, code = "not_the_maker")
    @ProblemCode(status = 409, code = "approval_request_decided")
    @PostMapping("/api/v1/approval-requests/{id}/cancellation")
    @PreAuthorize(DECIDERS)
    ApprovalRequest cancel(
            @PathVariable long id, @RequestBody(required = false) Decision decision, Authentication caller) {
        return requests.cancel(id, caller.getName(), decision == null ? null : decision.reason());
    }

    /** The operator and the roles Spring Security granted them. */
    static Checker checkerOf(Authentication caller) {
        return Checker.of(
                caller.getName(),
                caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList());
    }

    private static ApprovalStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return ApprovalStatus.fromWireName(status)
                .orElseThrow(() -> ApiException.validation("status", "unknown status " + status));
    }

    /** {@code note} when approving, {@code reason} when rejecting (required) or cancelling. */
    record Decision(String note, String reason) {}
}

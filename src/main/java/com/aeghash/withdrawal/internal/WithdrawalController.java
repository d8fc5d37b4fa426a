package com.aeghash.withdrawal.internal;

import com.aeghash.common.PositiveAmount;
import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.common.web.ResultPage;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.ledger.Asset;
import com.aeghash.security.MemberScope;
import com.aeghash.withdrawal.WithdrawalOperations;
import com.aeghash.withdrawal.WithdrawalView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Withdrawals. The member app (role {@code MEMBER_APP}) requests and cancels on behalf of members (with a member
 * JWT, only that member's: {@link MemberScope});
 * {@code OPERATIONS} and {@code FINANCE} operators approve and reject ({@code ADMIN} alone may not). Everything
 * but the request goes through {@link WithdrawalOperations}, as the console does, and responds with its
 * {@link WithdrawalView}.
 */
@RestController
class WithdrawalController {

    static final String READERS = "hasAnyRole('OPERATIONS', 'FINANCE', 'ADMIN', 'MEMBER_APP')";
    static final String APPROVERS = "hasAnyRole('OPERATIONS', 'FINANCE')";
    private final WithdrawalRequestService requests;
    private final WithdrawalQueries queries;
    private final WithdrawalOperations operations;
    private final JsonMapper json;

    WithdrawalController(
            WithdrawalRequestService requests,
            WithdrawalQueries queries,
            WithdrawalOperations operations,
            JsonMapper json) {
        this.requests = requests;
        this.queries = queries;
        this.operations = operations;
        this.json = json;
    }

    /**
     * 201 with the withdrawal, or 422 {@code risk_rejected}; a retry under the same {@code Idempotency-Key} gets
     * the first response again with {@code Idempotent-Replayed: true}.
     */
    @Operation(
            summary = "Request a withdrawal",
            description =
                    "The member app requests a withdrawal for a member: 201 with it (the amount is held), or 422 `risk_rejected`.")
    @ProblemCode(status = 422, code = "risk_rejected")
    @ProblemCode(status = 422, code = "insufficient_balance")
    @ProblemCode(status = 422, code = "unknown_member")
    @ProblemCode(status = 422, code = "asset_not_withdrawable")
    @PostMapping(
            path = "/api/v1/withdrawals",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @PreAuthorize("hasRole('MEMBER_APP')")
    @ApiResponse(
            responseCode = "201",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = WithdrawalView.class)))
    ResponseEntity<byte[]> request(
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody NewWithdrawal body,
            Authentication caller,
            HttpServletRequest http) {
        MemberScope.requireMayActFor(caller, body.memberId());
        IdempotentResponse response =
                requests.request(caller.getName(), idempotencyKey, body.toRequest(), http.getRequestURI());
        ResponseEntity<byte[]> entity = response.toResponseEntity();
        if (response.status() != HttpStatus.CREATED.value()) {
            return entity;
        }
        // the stored body is the whole response, so the first response and its replays name the same withdrawal
        long id = json.readTree(response.body()).path("id").longValue();
        return ResponseEntity.status(entity.getStatusCode())
                .headers(entity.getHeaders())
                .location(URI.create("/api/v1/withdrawals/" + id))
                .body(entity.getBody());
    }

    @Operation(
            summary = "List withdrawals",
            description =
                    "Withdrawals newest first, optionally by `status`, `flagged` and `memberId`, a page at a time.")
    @GetMapping("/api/v1/withdrawals")
    @PreAuthorize(READERS)
    ResultPage<WithdrawalView> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean flagged,
            @RequestParam(required = false) String memberId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Authentication caller) {
        if (MemberScope.memberOf(caller).isPresent()) {
            MemberScope.requireMayActFor(caller, memberId);
        }
        return operations.search(status, flagged, memberId, Paging.of(cursor, limit, page, size));
    }

    @Operation(summary = "Get a withdrawal", description = "One withdrawal with its audit trail.")
    @GetMapping("/api/v1/withdrawals/{id}")
    @PreAuthorize(READERS)
    WithdrawalView detail(@PathVariable long id, Authentication caller) {
        WithdrawalView withdrawal = operations.details(id);
        MemberScope.requireMayActFor(caller, withdrawal.memberId());
        return withdrawal;
    }

    /** First or final approval; the final one executes the payout before responding. */
    @Operation(
            summary = "Approve a withdrawal",
            description =
                    "First or final approval (two different approvers, roles as configured); the final one executes the payout before answering.")
    @ProblemCode(status = 409, code = "invalid_state")
    @ProblemCode(status = 409, code = "same_approver")
    @ProblemCode(status = 409, code = "invalid_approver")
    @ProblemCode(status = 409, code = "distinct_roles_required")
    @ProblemCode(status = 422, code = "note_required")
    @PostMapping("/api/v1/withdrawals/{id}/approvals")
    @PreAuthorize(APPROVERS)
    WithdrawalView approve(
            @PathVariable long id, @Valid @RequestBody(required = false) Approval body, Authentication caller) {
        List<String> authorities = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        return operations.approve(id, caller.getName(), authorities, body == null ? null : body.note());
    }

    @Operation(
            summary = "Reject a withdrawal",
            description = "Rejects a withdrawal awaiting approval and releases its hold; `reason` is required.")
    @ProblemCode(status = 409, code = "invalid_state")
    @PostMapping("/api/v1/withdrawals/{id}/rejections")
    @PreAuthorize(APPROVERS)
    WithdrawalView reject(@PathVariable long id, @Valid @RequestBody Rejection body, Authentication caller) {
        return operations.reject(id, caller.getName(), body.reason());
    }

    @Operation(
            summary = "Cancel a withdrawal",
            description = "The member app cancels a withdrawal awaiting approval and its hold is released.")
    @ProblemCode(status = 409, code = "invalid_state")
    @PostMapping("/api/v1/withdrawals/{id}/cancellation")
    @PreAuthorize("hasRole('MEMBER_APP')")
    WithdrawalView cancel(
            @PathVariable long id, @Valid @RequestBody(required = false) Cancellation body, Authentication caller) {
        MemberScope.requireMayActFor(caller, operations.details(id).memberId());
        return operations.cancel(id, caller.getName(), body == null ? null : body.reason());
    }

    /** Asks the vendor now about an unknown, submitted or stale executing withdrawal (also after the schedule ran out). */
    @Operation(
            summary = "Reconcile a withdrawal now",
            description =
                    "Asks the vendor now about an unknown, submitted or stale executing withdrawal (also after the schedule ran out).")
    @ProblemCode(status = 409, code = "invalid_state")
    @PostMapping("/api/v1/withdrawals/{id}/reconciliation")
    @PreAuthorize(APPROVERS)
    WithdrawalView reconcile(@PathVariable long id) {
        return operations.reconcile(id);
    }

    record NewWithdrawal(
            @NotNull String memberId,
            @NotNull Asset asset,
            @PositiveAmount BigDecimal amount,
            @Size(max = 128) String destination,
            @Size(max = 45) String ipAddress,
            @Size(max = 128) String deviceId,
            @Size(max = 64) String geo) {

        WithdrawalRequest toRequest() {
            return new WithdrawalRequest(memberId, asset, amount, destination, ipAddress, deviceId, geo);
        }
    }

    record Approval(@Size(max = 1000) String note) {}

    record Rejection(@NotBlank @Size(max = 1000) String reason) {}

    record Cancellation(@Size(max = 1000) String reason) {}
}

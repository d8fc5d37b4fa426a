package com.aeghash.withdrawal.internal;

import com.aeghash.common.PositiveAmount;
import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ResultPage;
import com.aeghash.ledger.Asset;
import com.aeghash.withdrawal.WithdrawalOperations;
import com.aeghash.withdrawal.WithdrawalView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
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

/**
 * Withdrawals. The member app (role {@code MEMBER_APP}) requests and cancels on behalf of members;
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

    WithdrawalController(WithdrawalRequestService requests, WithdrawalQueries queries,
            WithdrawalOperations operations) {
        this.requests = requests;
        this.queries = queries;
        this.operations = operations;
    }

    /** 201 with the withdrawal (header {@code Idempotent-Replayed: true} on a retry), or 422 {@code risk_rejected}. */
    @PostMapping("/api/v1/withdrawals")
    @PreAuthorize("hasRole('MEMBER_APP')")
    ResponseEntity<WithdrawalView> request(@RequestHeader(name = WithdrawalErrors.IDEMPOTENCY_KEY_HEADER,
            required = false) String idempotencyKey, @Valid @RequestBody NewWithdrawal body, Authentication caller) {
        var result = requests.request(caller.getName(), idempotencyKey, body.toRequest());
        Withdrawal withdrawal = result.withdrawal();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/withdrawals/" + withdrawal.id()))
                .header("Idempotent-Replayed", String.valueOf(result.replayed()))
                .body(queries.withTrail(withdrawal));
    }

    @GetMapping("/api/v1/withdrawals")
    @PreAuthorize(READERS)
    ResultPage<WithdrawalView> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean flagged, @RequestParam(required = false) String memberId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return operations.search(status, flagged, memberId, Paging.of(page, size));
    }

    @GetMapping("/api/v1/withdrawals/{id}")
    @PreAuthorize(READERS)
    WithdrawalView detail(@PathVariable long id) {
        return operations.details(id);
    }

    /** First or final approval; the final one executes the payout before responding. */
    @PostMapping("/api/v1/withdrawals/{id}/approvals")
    @PreAuthorize(APPROVERS)
    WithdrawalView approve(@PathVariable long id, @Valid @RequestBody(required = false) Approval body,
            Authentication caller) {
        List<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return operations.approve(id, caller.getName(), authorities, body == null ? null : body.note());
    }

    @PostMapping("/api/v1/withdrawals/{id}/rejections")
    @PreAuthorize(APPROVERS)
    WithdrawalView reject(@PathVariable long id, @Valid @RequestBody Rejection body, Authentication caller) {
        return operations.reject(id, caller.getName(), body.reason());
    }

    @PostMapping("/api/v1/withdrawals/{id}/cancellation")
    @PreAuthorize("hasRole('MEMBER_APP')")
    WithdrawalView cancel(@PathVariable long id, @Valid @RequestBody(required = false) Cancellation body,
            Authentication caller) {
        return operations.cancel(id, caller.getName(), body == null ? null : body.reason());
    }

    /** Asks the vendor now about an unknown, submitted or stale executing withdrawal (also after the schedule ran out). */
    @PostMapping("/api/v1/withdrawals/{id}/reconciliation")
    @PreAuthorize(APPROVERS)
    WithdrawalView reconcile(@PathVariable long id) {
        return operations.reconcile(id);
    }

    record NewWithdrawal(@NotNull String memberId, @NotNull Asset asset, @PositiveAmount BigDecimal amount,
            @Size(max = 128) String destination, @Size(max = 45) String ipAddress, @Size(max = 128) String deviceId,
            @Size(max = 64) String geo) {

        WithdrawalRequest toRequest() {
            return new WithdrawalRequest(memberId, asset, amount, destination, ipAddress, deviceId, geo);
        }
    }

    record Approval(@Size(max = 1000) String note) {
    }

    record Rejection(@NotBlank @Size(max = 1000) String reason) {
    }

    record Cancellation(@Size(max = 1000) String reason) {
    }
}

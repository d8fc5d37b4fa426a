package com.aeghash.mining.internal.procurement;

import com.aeghash.approval.Checker;
import com.aeghash.common.ApiException;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Map;
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

/** Hash-power procurements at HashDam (docs/modules/mining.md, "Procurement"). */
@RestController
class ProcurementController {

    private static final String READERS = "hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')";
    private static final String OPERATORS = "hasAnyRole('OPERATIONS', 'FINANCE')";
    private static final int LIST_LIMIT = 50;
    private static final CursorPage.Keyset<Procurement> LIST =
            new CursorPage.Keyset<>("mining-procurement", Long.MAX_VALUE, Procurement::id);
    private final ProcurementService procurements;
    private final DistinctRoles distinctRoles;

    ProcurementController(ProcurementService procurements, DistinctRoles distinctRoles) {
        this.procurements = procurements;
        this.distinctRoles = distinctRoles;
    }

    /** 201 with the procurement awaiting a second operator's approval; a retry under the same key replays it. */
    @Operation(
            summary = "Request a hash-power procurement",
            description =
                    "Files a procurement of `creditAmount` hash credit at HashDam, `awaiting_approval` by a second operator, with its approval request; nothing is charged or paid yet. A retry under the same `Idempotency-Key` answers the first response again.")
    @ApiResponse(
            responseCode = "201",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = Procurement.class)))
    @ProblemCode(status = 422, code = "credit_amount_above_maximum")
    @ProblemCode(status = 422, code = "procurement_not_configured")
    @PostMapping("/api/v1/mining/procurements")
    @PreAuthorize(OPERATORS)
    ResponseEntity<byte[]> request(
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @RequestBody(required = false) NewProcurement body,
            Authentication caller,
            HttpServletRequest http) {
        if (body == null) {
            throw ApiException.validation("creditAmount", "is required");
        }
        return procurements
                .request(caller.getName(), idempotencyKey, body.creditAmount(), body.reason(), http.getRequestURI())
                .toResponseEntity();
    }

    /**
     * A second operator approves (the approval module's rules: 409 {@code same_approver} for the requester, 403
     * {@code checker_role_required}); the procurement then starts at once. 200 with it and its steps.
     */
    @Operation(
            summary = "Approve a procurement",
            description =
                    "A second operator (not the requester) approves; the procurement becomes `approved` and is moved along at once as far as HashDam and the treasury answer now (charge, payment, credit, swap), the reconciler doing the rest. Answers the procurement with its steps.")
    @ProblemCode(status = 403, code = "checker_role_required")
    @ProblemCode(status = 409, code = "same_approver")
    @ProblemCode(status = 409, code = "distinct_roles_required")
    @ProblemCode(status = 409, code = "approval_request_decided")
    @ProblemCode(status = 409, code = "approval_request_expired")
    @ProblemCode(status = 409, code = "invalid_transition")
    @PostMapping("/api/v1/mining/procurements/{id}/approvals")
    @PreAuthorize(OPERATORS)
    Procurement approve(
            @PathVariable long id, @RequestBody(required = false) Map<String, String> body, Authentication caller) {
        Checker checker = checkerOf(caller);
        distinctRoles.requireBeforeApproving(procurements.procurement(id).requestedBy(), checker);
        return procurements.approve(id, checker, body == null ? null : body.get("note"));
    }

    @Operation(
            summary = "Get a procurement",
            description =
                    "One procurement with its state, the vendor references so far and every step it went through.")
    @GetMapping("/api/v1/mining/procurements/{id}")
    @PreAuthorize(READERS)
    Procurement one(@PathVariable long id) {
        return procurements.withSteps(procurements.procurement(id));
    }

    /** Newest first, without steps; {@code status} e.g. {@code charge_pending}. */
    @Operation(
            summary = "List procurements",
            description =
                    "Newest first, without their steps, optionally of one `status` (e.g. `awaiting_approval`, `charge_pending`, `completed`, `charge_failed`), a page at a time.")
    @GetMapping("/api/v1/mining/procurements")
    @PreAuthorize(READERS)
    CursorPage<Procurement> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        ProcurementStatus wanted = status == null || status.isBlank()
                ? null
                : ProcurementStatus.fromWireName(status)
                        .orElseThrow(() -> ApiException.validation("status", "unknown status " + status));
        return CursorPage.read(
                LIST,
                cursor,
                CursorPage.limit(limit, LIST_LIMIT),
                (before, rows) -> procurements.list(wanted, before, rows));
    }

    /** Runs the reconciler's pass now (it also runs on its schedule). */
    @Operation(
            summary = "Reconcile procurements now",
            description =
                    "Runs the reconciler's pass over the procurements due for a check (it also runs on its schedule): each is moved along as far as the vendors answer; `changed` counts those whose state changed.")
    @PostMapping("/api/v1/mining/procurements/reconciliation")
    @PreAuthorize("hasRole('OPERATIONS')")
    Map<String, Integer> reconcile() {
        return Map.of("changed", procurements.reconcileDue());
    }

    private static Checker checkerOf(Authentication caller) {
        return Checker.of(
                caller.getName(),
                caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList());
    }

    record NewProcurement(BigDecimal creditAmount, String reason) {}
}

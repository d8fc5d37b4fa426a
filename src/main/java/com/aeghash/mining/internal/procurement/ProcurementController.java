package com.aeghash.mining.internal.procurement;

import com.aeghash.approval.Checker;
import com.aeghash.common.ApiException;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
    private final ProcurementService procurements;

    ProcurementController(ProcurementService procurements) {
        this.procurements = procurements;
    }

    /** 201 with the procurement awaiting a second operator's approval; a retry under the same key replays it. */
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
    @PostMapping("/api/v1/mining/procurements/{id}/approvals")
    @PreAuthorize(OPERATORS)
    Procurement approve(
            @PathVariable long id, @RequestBody(required = false) Map<String, String> body, Authentication caller) {
        return procurements.approve(id, checkerOf(caller), body == null ? null : body.get("note"));
    }

    @GetMapping("/api/v1/mining/procurements/{id}")
    @PreAuthorize(READERS)
    Procurement one(@PathVariable long id) {
        return procurements.withSteps(procurements.procurement(id));
    }

    /** Newest first, without steps; {@code status} e.g. {@code charge_pending}. */
    @GetMapping("/api/v1/mining/procurements")
    @PreAuthorize(READERS)
    List<Procurement> list(
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "50") int limit) {
        ProcurementStatus wanted = status == null || status.isBlank()
                ? null
                : ProcurementStatus.fromWireName(status)
                        .orElseThrow(() -> ApiException.validation("status", "unknown status " + status));
        return procurements.list(wanted, limit);
    }

    /** Runs the reconciler's pass now (it also runs on its schedule). */
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

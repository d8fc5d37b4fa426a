package com.aeghash.mining.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalStatus;
import com.aeghash.mining.MiningWithdrawals;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MiningWithdrawalController {

    private static final int LIST_LIMIT = 50;
    private static final CursorPage.Keyset<MiningWithdrawalRecord> LIST =
            new CursorPage.Keyset<>("mining-withdrawal", Long.MAX_VALUE, MiningWithdrawalRecord::id);
    private final MiningWithdrawals withdrawals;

    MiningWithdrawalController(MiningWithdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    /** Newest first; {@code status}: submitting, submitted, completed, failed or unknown; page with {@code before}. */
    @Operation(
            summary = "List mining withdrawals",
            description =
                    "Newest first, optionally of one `status` (submitting, submitted, completed, failed, unknown), a page at a time.")
    @GetMapping("/api/v1/mining/withdrawals")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    CursorPage<MiningWithdrawalRecord> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        MiningWithdrawalStatus wanted = statusOf(status);
        return CursorPage.read(
                LIST,
                cursor,
                CursorPage.limit(limit, LIST_LIMIT),
                (before, rows) -> withdrawals.list(wanted, before, rows));
    }

    @Operation(summary = "Get a mining withdrawal", description = "One mining withdrawal by its payout reference.")
    @GetMapping("/api/v1/mining/withdrawals/{payoutReference}")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    MiningWithdrawalRecord one(@PathVariable String payoutReference) {
        return withdrawals
                .find(payoutReference)
                .orElseThrow(() -> ApiException.notFound("mining withdrawal " + payoutReference));
    }

    /** Runs the reconciler now instead of waiting for its schedule. */
    @Operation(
            summary = "Reconcile mining withdrawals now",
            description =
                    "Runs the reconciler of unknown mining withdrawals now instead of waiting for its schedule; answers the counts per outcome.")
    @PostMapping("/api/v1/mining/withdrawals/reconciliation")
    @PreAuthorize("hasRole('OPERATIONS')")
    Map<String, Integer> reconcile() {
        return Map.of("changed", withdrawals.reconcileDue());
    }

    /**
     * Decides an unknown withdrawal: with {@code withdrawId} it is the vendor withdrawal found by other means (200,
     * once HashDam's history shows it for this coin and amount; else 422), without one it did not happen: 200
     * (failed, hold released) when HashDam's history backs that, else 202 with the approval request a second operator
     * decides.
     */
    @Operation(
            summary = "Resolve an unknown mining withdrawal",
            description =
                    "With `withdrawId`: the vendor withdrawal found by other means (200 once HashDam's history shows it, else 422). Without: it did not happen: 200 (failed, hold released) when HashDam's history backs that, else 202 with the approval request a second operator decides.")
    @ProblemCode(status = 409, code = "invalid_transition")
    @ProblemCode(status = 409, code = "approval_request_exists")
    @ProblemCode(status = 422, code = "payout_reference_conflict")
    @ProblemCode(status = 502, code = "hashdam_unavailable")
    @PostMapping("/api/v1/mining/withdrawals/{payoutReference}/resolution")
    @PreAuthorize("hasAnyRole('OPERATIONS', 'FINANCE')")
    ResponseEntity<Object> resolve(
            @PathVariable String payoutReference, @Valid @RequestBody Resolution resolution, Principal principal) {
        return withdrawals
                .resolveUnknown(payoutReference, resolution.withdrawId(), principal.getName(), resolution.note())
                .toResponse(HttpStatus.OK);
    }

    private static MiningWithdrawalStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(MiningWithdrawalStatus.values())
                .filter(value -> value.wireName().equals(status))
                .findFirst()
                .orElseThrow(() -> ApiException.validation("status", "unknown status " + status));
    }

    record Resolution(
            @Size(max = 100) String withdrawId,
            @Size(max = 500) String note) {}
}

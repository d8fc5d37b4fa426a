package com.aeghash.mining.internal.procurement;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.common.ApiException;
import com.aeghash.common.web.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators' decisions on procurements left to an operator (docs/modules/mining.md, "Backing and procurement"). */
@RestController
class ProcurementDecisionController {

    private final ProcurementDecisions decisions;

    ProcurementDecisionController(ProcurementDecisions decisions) {
        this.decisions = decisions;
    }

    /** 202 with the four-eyes request; a different operator approves it through the approval requests. */
    @Operation(
            summary = "Decide a procurement left to an operator",
            description =
                    "For a `charge_unknown` or `swap_unknown` procurement with `needsOperator`: `outcome` `found` names the charge (`chargeId`) or swap (`swapId`) HashDam's history shows, checked against that history now (same amount, not adopted by another procurement, a charge within the price ceiling); `failed` ends it (`charge_failed`/`swap_failed`). `reason` is required. Files an approval request of kind `mining.procurement_decision`; once a different operator approves it (`POST /api/v1/approval-requests/{id}/approvals`) the procurement moves as if the history had shown it (`charge_requested`/`swap_requested`, then on by the reconciler) or fails, audited.")
    @ApiResponse(responseCode = "202", description = "the approval request, awaiting a second operator")
    @ProblemCode(status = 409, code = "procurement_not_awaiting_operator")
    @ProblemCode(status = 409, code = "approval_request_exists")
    @ProblemCode(status = 422, code = ProcurementDecisionFindings.NOT_CONFIRMED)
    @ProblemCode(status = 502, code = "hashdam_unavailable")
    @PostMapping("/api/v1/mining/procurements/{id}/decisions")
    @PreAuthorize("hasAnyRole('OPERATIONS', 'FINANCE')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ApprovalRequest decide(@PathVariable long id, @RequestBody(required = false) Decision body, Authentication caller) {
        if (body == null || body.outcome() == null) {
            throw ApiException.validation("outcome", "is required (found or failed)");
        }
        return decisions.request(id, caller.getName(), body.outcome(), body.chargeId(), body.swapId(), body.reason());
    }

    /** {@code outcome} found or failed; for found the {@code chargeId} (charge_unknown) or {@code swapId}. */
    record Decision(String outcome, String chargeId, String swapId, String reason) {}
}

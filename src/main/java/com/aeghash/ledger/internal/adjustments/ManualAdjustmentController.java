package com.aeghash.ledger.internal.adjustments;

import com.aeghash.common.SignedAmount;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.ledger.Asset;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Manual ledger adjustments by FINANCE operators (credit with a positive amount, debit with a negative one); ADMIN
 * holds no money-moving rights. Large ones wait for a second FINANCE operator ({@link ManualAdjustmentService}).
 */
@RestController
class ManualAdjustmentController {

    private final ManualAdjustmentService adjustments;

    ManualAdjustmentController(ManualAdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    /**
     * 201 with the adjustment, or 202 with the approval request a large one needs; a retry under the same key gets
     * the same answer again with {@code Idempotent-Replayed: true}.
     */
    @Operation(
            summary = "Post a manual adjustment",
            description =
                    "Credits (positive `amount`) or debits (negative) a registered member's balance: 201 with the adjustment, or 202 with the approval request a large one needs from a second FINANCE operator.")
    @ProblemCode(status = 409, code = "reference_conflict")
    @ProblemCode(status = 422, code = "unknown_member")
    @ProblemCode(status = 422, code = "insufficient_balance")
    @PostMapping(
            path = "/api/v1/ledger/adjustments",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @PreAuthorize("hasRole('FINANCE')")
    @ApiResponse(
            responseCode = "201",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ManualAdjustmentService.Adjustment.class)))
    ResponseEntity<byte[]> adjust(
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody NewAdjustment body,
            Authentication caller,
            HttpServletRequest http) {
        return adjustments
                .adjust(
                        caller.getName(),
                        idempotencyKey,
                        body.memberId(),
                        body.asset(),
                        body.amount(),
                        body.reason().trim(),
                        http.getRequestURI())
                .toResponseEntity();
    }

    record NewAdjustment(
            @NotNull String memberId,
            @NotNull Asset asset,
            @SignedAmount BigDecimal amount,
            @NotBlank @Size(max = 300) String reason) {}
}

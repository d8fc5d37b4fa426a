package com.aeghash.withdrawal.internal;

import com.aeghash.common.SignedAmount;
import com.aeghash.ledger.Asset;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Manual ledger adjustments by administrators (credit with a positive amount, debit with a negative one). */
@RestController
class ManualAdjustmentController {

    private final ManualAdjustmentService adjustments;

    ManualAdjustmentController(ManualAdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    @PostMapping("/api/v1/ledger/adjustments")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ManualAdjustmentService.Adjustment> adjust(@RequestHeader(name = WithdrawalErrors.IDEMPOTENCY_KEY_HEADER,
            required = false) String idempotencyKey, @Valid @RequestBody NewAdjustment body, Authentication caller) {
        var adjustment = adjustments.adjust(caller.getName(), idempotencyKey, body.memberId(), body.asset(),
                body.amount(), body.reason().trim());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(adjustment.replayed()))
                .body(adjustment);
    }

    record NewAdjustment(@NotNull String memberId, @NotNull Asset asset, @SignedAmount BigDecimal amount,
            @NotBlank @Size(max = 300) String reason) {
    }
}

package com.aeghash.sandbox.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin-only control of simulator faults while the service runs. */
@RestController
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
@PreAuthorize("hasRole('ADMIN')")
class FaultController {

    private final FaultInjector faults;

    FaultController(FaultInjector faults) {
        this.faults = faults;
    }

    @Operation(
            summary = "List simulator faults",
            description = "The fault plan of every simulated vendor method (sandbox only).")
    @GetMapping("/sandbox/faults")
    Map<String, FaultPlan> list() {
        return faults.plans();
    }

    /** Sets the fault plan of one method, e.g. {@code PUT /sandbox/faults/hashdam/assetWithdrawRequest}. */
    @Operation(
            summary = "Set a simulator fault",
            description =
                    "Sets the fault plan of one simulated method, e.g. `PUT /sandbox/faults/hashdam/assetWithdrawRequest` (sandbox only).")
    @PutMapping("/sandbox/faults/{vendor}/{method}")
    FaultPlan set(@PathVariable String vendor, @PathVariable String method, @Valid @RequestBody FaultRequest request) {
        FaultPlan plan = request.toPlan();
        faults.set(vendor, method, plan);
        return plan;
    }

    @Operation(
            summary = "Clear a simulator fault",
            description = "Clears the fault plan of one simulated method (sandbox only).")
    @DeleteMapping("/sandbox/faults/{vendor}/{method}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@PathVariable String vendor, @PathVariable String method) {
        faults.clear(vendor, method);
    }

    @Operation(summary = "Clear every simulator fault", description = "Clears every fault plan (sandbox only).")
    @DeleteMapping("/sandbox/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearAll() {
        faults.clearAll();
    }

    record FaultRequest(
            @DecimalMin("0") @DecimalMax("1") Double errorRate,
            String errorMessage,
            @Min(0) @Max(120_000) Long latencyMillis,
            Boolean hang,
            Boolean dropResponse,
            FaultPlan.DropMode dropMode,
            Integer times) {

        FaultPlan toPlan() {
            return new FaultPlan(
                    errorRate == null ? 0 : errorRate,
                    errorMessage,
                    Duration.ofMillis(latencyMillis == null ? 0 : latencyMillis),
                    Boolean.TRUE.equals(hang),
                    Boolean.TRUE.equals(dropResponse),
                    dropMode,
                    times == null ? -1 : times);
        }
    }
}

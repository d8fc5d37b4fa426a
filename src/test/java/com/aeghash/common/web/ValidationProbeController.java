package com.aeghash.common.web;

import com.aeghash.common.PositiveAmount;
import com.aeghash.common.SignedAmount;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint with the field kinds real endpoints use (positive and signed amounts, an enum, an
 * integer), so the error model can be exercised class by class. Exists only in the test profile.
 */
@RestController
@Profile("test")
class ValidationProbeController {

    static final AtomicInteger ACCEPTED = new AtomicInteger();

    enum Colour {
        RED,
        GREEN
    }

    record ProbeRequest(
            @PositiveAmount BigDecimal amount,
            @SignedAmount BigDecimal adjustment,
            @NotNull Colour colour,
            Integer count) {}

    @Operation(
            summary = "Validation probe (tests only)",
            description = "Echoes a validated body; exists in tests only.")
    @PostMapping("/api/v1/test/probe")
    Map<String, Object> probe(@Valid @RequestBody ProbeRequest request) {
        ACCEPTED.incrementAndGet();
        return Map.of("amount", request.amount(), "adjustment", request.adjustment());
    }
}

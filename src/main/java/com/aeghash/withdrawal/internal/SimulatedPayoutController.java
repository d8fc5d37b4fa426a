package com.aeghash.withdrawal.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sandbox only, ADMIN only: scripts how the simulated payout gateway answers the next payouts. */
@RestController
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
@PreAuthorize("hasRole('ADMIN')")
class SimulatedPayoutController {

    private final SimulatedPayoutGateway gateway;

    SimulatedPayoutController(SimulatedPayoutGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/sandbox/payouts/behaviour")
    Map<String, List<SimulatedPayoutBehaviour>> scripted() {
        return Map.of("scripted", gateway.scripted());
    }

    /** E.g. {@code {"behaviour":"FAIL","times":1}}: the next payout fails. */
    @PutMapping("/sandbox/payouts/behaviour")
    Map<String, List<SimulatedPayoutBehaviour>> script(@Valid @RequestBody ScriptRequest request) {
        gateway.script(request.behaviour(), request.times() == null ? 1 : request.times());
        return scripted();
    }

    @DeleteMapping("/sandbox/payouts/behaviour")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear() {
        gateway.clearScript();
    }

    record ScriptRequest(@NotNull SimulatedPayoutBehaviour behaviour,
            @Min(1) @Max(SimulatedPayoutGateway.SCRIPT_MAX) Integer times) {
    }
}

package com.aeghash.sandbox.internal.mblock;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /sandbox/mblock/bsc}: the simulated MBlock API, called by the real client over HTTP. An open
 * path: like the vendor, it authenticates by {@code X-MBLOCK-Key}. Request bodies carry wallet keys and are
 * never logged.
 */
@RestController
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
class MBlockSimulatorController {

    private final MBlockSimulator simulator;

    MBlockSimulatorController(MBlockSimulator simulator) {
        this.simulator = simulator;
    }

    @Operation(
            summary = "MBlock simulator",
            description =
                    "The simulated MBlock API the wallet client calls in the sandbox; answers as MBlock does, faults included.")
    @PostMapping(path = "/sandbox/mblock/bsc", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> call(
            @RequestHeader(name = "X-MBLOCK-Key", required = false) String apiKey,
            @RequestBody JsonNode request,
            HttpServletRequest servletRequest) {
        SimulatorAnswer answer = simulator.handle(apiKey, servletRequest.getRemoteAddr(), request);
        if (answer.body() == null) {
            return ResponseEntity.status(answer.status())
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("504 Gateway Time-out");
        }
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body().toString());
    }
}

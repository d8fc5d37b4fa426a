package com.aeghash.sandbox.internal.hashdam;

import com.aeghash.sandbox.internal.Fault;
import com.aeghash.sandbox.internal.FaultInjector;
import com.aeghash.sandbox.internal.FaultPlan;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /sandbox/hashdam/v1}: the simulated vendor over HTTP, with the fault plans of
 * {@code hashdam/<method>} applied in front of it (latency, error envelope, hang, execute-then-drop).
 * Open path: the simulated vendor checks its own API key.
 */
@RestController
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
class HashDamSimulatorController {

    private final HashDamSimulator simulator;
    private final FaultInjector faults;
    private final JsonMapper json;

    HashDamSimulatorController(HashDamSimulator simulator, FaultInjector faults, JsonMapper json) {
        this.simulator = simulator;
        this.faults = faults;
        this.json = json;
    }

    @Operation(
            summary = "HashDam simulator",
            description =
                    "The simulated HashDam API the HashDam client calls in the sandbox; answers as HashDam does, faults included.")
    @PostMapping(path = "/sandbox/hashdam/v1", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> call(
            @RequestHeader(name = "X-HASHDAM-Key", required = false) String key,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest http) {
        JsonNode request = parse(body);
        if (request == null) {
            return ResponseEntity.ok(HashDamSimulator.error("Invalid request body"));
        }
        Fault fault =
                faults.decide(HashDamSimulator.VENDOR, request.path("method").asString(""));
        FaultInjector.sleep(fault.latency());
        switch (fault.kind()) {
            case HANG -> {
                faults.stall();
                return gatewayTimeout();
            }
            case ERROR -> {
                return ResponseEntity.ok(HashDamSimulator.error(fault.errorMessage()));
            }
            default -> {}
        }
        Map<String, Object> answer = simulator.handle(key, http.getRemoteAddr(), request);
        if (fault.kind() == Fault.Kind.DROP_RESPONSE) {
            // Executed; now lose the answer the way the plan says.
            if (fault.dropMode() == FaultPlan.DropMode.HANG) {
                faults.stall();
            }
            return gatewayTimeout();
        }
        return ResponseEntity.ok(answer);
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            return node.isObject() ? node : null;
        } catch (JacksonException malformed) {
            return null;
        }
    }

    private static ResponseEntity<Map<String, Object>> gatewayTimeout() {
        return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).body(Map.of("message", "Gateway Timeout"));
    }
}

package com.aeghash.sandbox.internal.mblock;

import com.aeghash.sandbox.internal.Fault;
import com.aeghash.sandbox.internal.FaultInjector;
import com.aeghash.sandbox.internal.FaultPlan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * The simulated MBlock endpoint: the key, IP and permission gate (errors 1-4), then the fault plan of the
 * method ({@code mblock/<method>}), then the method itself. It counts every call it receives per method,
 * so tests can prove that a call was sent exactly once.
 */
public class MBlockSimulator {

    public static final String VENDOR = "mblock";
    private static final Set<String> METHODS = Set.of(
            "balanceOf",
            "receiptByHash",
            "transferByWalletKey",
            "requestWallet",
            "refreshWallet",
            "transitConfig",
            "transitByWalletKey");

    private final MBlockSimulatorProperties properties;
    private final MBlockMethods methods;
    private final FaultInjector faults;
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

    MBlockSimulator(MBlockSimulatorProperties properties, MBlockMethods methods, FaultInjector faults) {
        this.properties = properties;
        this.methods = methods;
        this.faults = faults;
    }

    SimulatorAnswer handle(String presentedKey, String callerAddress, JsonNode request) {
        String method = request != null && request.path("method").isString()
                ? request.path("method").stringValue()
                : null;
        received.computeIfAbsent(String.valueOf(method), name -> new AtomicInteger())
                .incrementAndGet();
        String refusal = gate(presentedKey, callerAddress, method);
        if (refusal != null) {
            return SimulatorAnswer.error(refusal);
        }
        Fault fault = faults.decide(VENDOR, method);
        FaultInjector.sleep(fault.latency());
        switch (fault.kind()) {
            case ERROR:
                return SimulatorAnswer.error(fault.errorMessage());
            case HANG:
                faults.stall();
                return SimulatorAnswer.gatewayTimeout();
            case DROP_RESPONSE:
                execute(method, request);
                if (fault.dropMode() == FaultPlan.DropMode.HANG) {
                    faults.stall();
                }
                return SimulatorAnswer.gatewayTimeout();
            default:
                return execute(method, request);
        }
    }

    /** How many calls of the method reached the simulator (including refused and faulted ones). */
    public int received(String method) {
        AtomicInteger count = received.get(method);
        return count == null ? 0 : count.get();
    }

    private String gate(String presentedKey, String callerAddress, String method) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return "Not Found API Key";
        }
        if (properties.apiKey() == null
                || !constantTimeEquals(properties.apiKey().reveal(), presentedKey)) {
            return "Invalid API Key";
        }
        if (!properties.allowedIps().isEmpty() && !properties.allowedIps().contains(callerAddress)) {
            return "Invalid access from an unauthorized IP Address";
        }
        if (method == null
                || !METHODS.contains(method)
                || !properties.permittedMethods().isEmpty()
                        && !properties.permittedMethods().contains(method)) {
            // Unknown methods (and gasConfig, announced but not available) are not permitted for any key.
            return "No API Permission";
        }
        return null;
    }

    private SimulatorAnswer execute(String method, JsonNode request) {
        try {
            return switch (method) {
                case "balanceOf" -> methods.balanceOf(request);
                case "receiptByHash" -> methods.receiptByHash(request);
                case "transferByWalletKey" -> methods.transferByWalletKey(request);
                case "requestWallet" -> methods.requestWallet();
                case "refreshWallet" -> methods.refreshWallet(request);
                case "transitConfig" -> methods.transitConfig(request);
                case "transitByWalletKey" -> methods.transitByWalletKey(request);
                default -> SimulatorAnswer.error("No API Permission");
            };
        } catch (SimulatedRejection rejection) {
            return SimulatorAnswer.error(rejection.getMessage());
        }
    }

    private static boolean constantTimeEquals(String expected, String presented) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}

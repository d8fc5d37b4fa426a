package com.aeghash.sandbox.internal.hashdam;

import com.aeghash.sandbox.internal.hashdam.SimulatedRequest.SimulatedError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The HashDam Pool API v1 as a plain object: checks the API key (and the caller's address when the key is
 * bound to addresses), runs the method and answers the vendor envelope
 * {@code {"code": 0, "data": ..., "message": ...}} or {@code {"code": 1, "message": "<error>"}}. The HTTP
 * endpoint and fault injection sit in front of it ({@code HashDamSimulatorController}); tests may call it
 * directly as an in-process transport.
 */
public final class HashDamSimulator {

    public static final String VENDOR = "hashdam";
    static final String NOT_FOUND_API_KEY = "Not Found API Key";
    static final String INVALID_API_KEY = "Invalid API Key";
    static final String UNAUTHORIZED_ADDRESS = "Invalid access from an unauthorized IP Address";
    static final String NO_API_PERMISSION = "No API Permission";

    private final HashDamSandboxProperties properties;
    private final SimulatedPool pool;
    private final Map<String, Function<SimulatedRequest, Map<String, Object>>> methods;

    public HashDamSimulator(HashDamSandboxProperties properties, Clock clock) {
        this(properties, clock, ChargePayments.PAID_AT_ONCE);
    }

    /** @param payments tells when a charge's deposit address was paid (the simulated chain, in the sandbox) */
    public HashDamSimulator(HashDamSandboxProperties properties, Clock clock, ChargePayments payments) {
        this.properties = properties;
        SimulatedDailyData days = new SimulatedDailyData(properties.coins(), properties.projectHashRateMega());
        this.pool = new SimulatedPool(properties, days, clock, payments);
        this.methods = new SimulatedMethods(properties, pool, days).byName();
    }

    /**
     * Answers one call.
     *
     * @param presentedKey  the {@code X-HASHDAM-Key} header, null when absent
     * @param callerAddress the caller's IP address
     */
    public Map<String, Object> handle(String presentedKey, String callerAddress, JsonNode body) {
        try {
            authorize(presentedKey, callerAddress);
            SimulatedRequest request = new SimulatedRequest(body);
            Function<SimulatedRequest, Map<String, Object>> method = methods.get(request.method());
            if (method == null) {
                throw new SimulatedError(NO_API_PERMISSION);
            }
            return method.apply(request);
        } catch (SimulatedError refused) {
            return error(refused.getMessage());
        }
    }

    /** How many withdrawals the simulated vendor holds (for tests that count executions). */
    public int withdrawalCount() {
        return pool.withdrawals().size();
    }

    /** One withdrawal the simulated vendor executed, as it holds it. */
    public record ExecutedWithdrawal(String withdrawId, String coin, BigDecimal amount, Instant createdAt) {}

    /**
     * Every withdrawal the simulated vendor executed, oldest first: what the vendor's own books show (for tests that
     * match executions to requests, such as the seeded simulation's at-most-once check).
     */
    public List<ExecutedWithdrawal> withdrawals() {
        return pool.withdrawals().stream()
                .map(withdrawal -> new ExecutedWithdrawal(
                        withdrawal.withdrawId(), withdrawal.coin(), withdrawal.amount(), withdrawal.createdAt()))
                .toList();
    }

    /** How many hash-credit charges the simulated vendor holds (for tests that count executions). */
    public int chargeCount() {
        return pool.charges().size();
    }

    /** How many hash-power swaps the simulated vendor holds. */
    public int swapCount() {
        return pool.swaps().size();
    }

    public static Map<String, Object> error(String message) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("code", 1);
        envelope.put("message", message);
        return envelope;
    }

    private void authorize(String presentedKey, String callerAddress) {
        if (properties.apiKey() == null) {
            return;
        }
        if (presentedKey == null || presentedKey.isBlank()) {
            throw new SimulatedError(NOT_FOUND_API_KEY);
        }
        if (!properties.apiKey().matches(presentedKey)) {
            throw new SimulatedError(INVALID_API_KEY);
        }
        if (!properties.allowedCallerAddresses().isEmpty()
                && !properties.allowedCallerAddresses().contains(callerAddress)) {
            throw new SimulatedError(UNAUTHORIZED_ADDRESS);
        }
    }
}

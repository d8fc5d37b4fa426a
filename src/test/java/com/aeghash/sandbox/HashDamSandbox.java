package com.aeghash.sandbox;

import com.aeghash.common.Secret;
import com.aeghash.sandbox.internal.hashdam.HashDamSandboxProperties;
import com.aeghash.sandbox.internal.hashdam.HashDamSimulator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The HashDam simulator as other modules' tests see it: the running application's (a bean of every integration
 * test context), or one of its own answering in-process without Spring or HTTP. The simulator itself is internal
 * to the sandbox; this fixture is the only way in.
 */
public final class HashDamSandbox {

    private static final List<String> COINS = List.of("LTC", "DOGE", "BELLS", "LKY", "PEP", "JKC", "DINGO", "SHIC");

    private final HashDamSimulator simulator;

    HashDamSandbox(HashDamSimulator simulator) {
        this.simulator = simulator;
    }

    /**
     * A simulated project of its own (the sandbox's eight coins, opened 2025-01-01 at 50,000 MH/s with 1,000 hash
     * credit) that accepts only {@code apiKey}, from any address, and completes withdrawals and charges after
     * {@code completionDelay} on {@code clock}.
     */
    public static HashDamSandbox inProcess(Secret apiKey, Duration completionDelay, String projectName, Clock clock) {
        return new HashDamSandbox(new HashDamSimulator(
                new HashDamSandboxProperties(
                        apiKey,
                        List.of(),
                        COINS,
                        completionDelay,
                        completionDelay,
                        LocalDate.of(2025, 1, 1),
                        new BigDecimal("50000"),
                        new BigDecimal("1000"),
                        projectName,
                        "coinex-" + projectName),
                clock));
    }

    /**
     * Answers one call with the vendor envelope, as the HTTP endpoint would without its fault injection.
     *
     * @param presentedKey  the {@code X-HASHDAM-Key} header, null when absent
     * @param callerAddress the caller's IP address
     */
    public Map<String, Object> handle(String presentedKey, String callerAddress, JsonNode body) {
        return simulator.handle(presentedKey, callerAddress, body);
    }

    /** How many withdrawals the simulated vendor holds (for tests that count executions). */
    public int withdrawalCount() {
        return simulator.withdrawalCount();
    }

    /** How many hash-credit charges the simulated vendor holds. */
    public int chargeCount() {
        return simulator.chargeCount();
    }

    /** How many hash-power swaps the simulated vendor holds. */
    public int swapCount() {
        return simulator.swapCount();
    }
}

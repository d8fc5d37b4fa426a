package com.aeghash.sandbox.internal;

import java.time.Duration;

/**
 * Faults to inject into one simulated vendor method.
 *
 * @param errorRate        probability (0..1) that a call answers the vendor's error envelope with {@code errorMessage}
 * @param errorMessage     the vendor error text to answer (defaults to a generic one when blank)
 * @param latency          added before answering every call
 * @param hang             the call blocks past any client timeout and executes nothing
 * @param dropResponse     the call <em>executes</em>, then the response is lost: the server stalls past the
 *                         client's read timeout ({@code dropMode=HANG}) or answers a gateway error ({@code GATEWAY_ERROR})
 * @param dropMode         how a dropped response looks to the client
 * @param remainingCalls   how many calls the plan still applies to; negative = every call
 */
public record FaultPlan(
        double errorRate,
        String errorMessage,
        Duration latency,
        boolean hang,
        boolean dropResponse,
        DropMode dropMode,
        int remainingCalls) {

    public enum DropMode {
        HANG,
        GATEWAY_ERROR
    }

    public FaultPlan {
        if (errorRate < 0 || errorRate > 1) {
            throw new IllegalArgumentException("errorRate must be between 0 and 1");
        }
        latency = latency == null ? Duration.ZERO : latency;
        dropMode = dropMode == null ? DropMode.GATEWAY_ERROR : dropMode;
    }

    public static FaultPlan none() {
        return new FaultPlan(0, null, Duration.ZERO, false, false, DropMode.GATEWAY_ERROR, -1);
    }

    public static FaultPlan alwaysError(String message) {
        return new FaultPlan(1, message, Duration.ZERO, false, false, DropMode.GATEWAY_ERROR, -1);
    }

    public static FaultPlan dropResponseOnce(DropMode mode) {
        return new FaultPlan(0, null, Duration.ZERO, false, true, mode, 1);
    }

    public static FaultPlan hangOnce() {
        return new FaultPlan(0, null, Duration.ZERO, true, false, DropMode.HANG, 1);
    }
}

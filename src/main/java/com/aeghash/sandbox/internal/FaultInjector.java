package com.aeghash.sandbox.internal;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fault plans per simulated vendor and method ({@code mblock}/{@code transferByWalletKey},
 * {@code hashdam}/{@code assetWithdrawRequest}, ...), set from configuration at start-up or by an admin
 * at run time ({@code PUT /sandbox/faults/{vendor}/{method}}).
 */
public class FaultInjector {

    private final Map<String, FaultPlan> plans = new ConcurrentHashMap<>();
    private final Duration stallDuration;

    public FaultInjector(Duration stallDuration) {
        this.stallDuration = stallDuration;
    }

    public void set(String vendor, String method, FaultPlan plan) {
        plans.put(key(vendor, method), plan);
    }

    public void clear(String vendor, String method) {
        plans.remove(key(vendor, method));
    }

    public void clearAll() {
        plans.clear();
    }

    public Map<String, FaultPlan> plans() {
        return new TreeMap<>(plans);
    }

    /** Decides the fault of one call and consumes one use of a limited plan. */
    public Fault decide(String vendor, String method) {
        String key = key(vendor, method);
        FaultPlan plan = plans.get(key);
        if (plan == null) {
            return Fault.none(Duration.ZERO);
        }
        if (plan.remainingCalls() == 0) {
            plans.remove(key, plan);
            return Fault.none(Duration.ZERO);
        }
        consume(key, plan);
        if (plan.hang()) {
            return new Fault(Fault.Kind.HANG, plan.latency(), null, FaultPlan.DropMode.HANG);
        }
        if (plan.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < plan.errorRate()) {
            String message = plan.errorMessage() == null || plan.errorMessage().isBlank()
                    ? "Simulated failure"
                    : plan.errorMessage();
            return new Fault(Fault.Kind.ERROR, plan.latency(), message, null);
        }
        if (plan.dropResponse()) {
            return new Fault(Fault.Kind.DROP_RESPONSE, plan.latency(), null, plan.dropMode());
        }
        return Fault.none(plan.latency());
    }

    /** Blocks long enough for any configured client read timeout to expire. */
    public void stall() {
        sleep(stallDuration);
    }

    public static void sleep(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void consume(String key, FaultPlan plan) {
        if (plan.remainingCalls() > 0) {
            FaultPlan next = new FaultPlan(
                    plan.errorRate(),
                    plan.errorMessage(),
                    plan.latency(),
                    plan.hang(),
                    plan.dropResponse(),
                    plan.dropMode(),
                    plan.remainingCalls() - 1);
            if (next.remainingCalls() == 0) {
                plans.remove(key, plan);
            } else {
                plans.replace(key, plan, next);
            }
        }
    }

    private static String key(String vendor, String method) {
        return vendor + "/" + method;
    }
}

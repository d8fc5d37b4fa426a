package com.aeghash.sandbox.internal;

import java.time.Duration;

/**
 * What the fault injector decided for one call. A simulator asks {@link FaultInjector#decide} before
 * handling a call, sleeps {@link #latency()}, and then:
 * {@link Kind#ERROR}: answers the vendor error envelope with {@link #errorMessage()} and executes nothing;
 * {@link Kind#HANG}: stalls ({@link FaultInjector#stall()}) and executes nothing;
 * {@link Kind#DROP_RESPONSE}: executes the call, then stalls or answers 504 ({@link #dropMode()});
 * {@link Kind#NONE}: behaves normally.
 */
public record Fault(Kind kind, Duration latency, String errorMessage, FaultPlan.DropMode dropMode) {

    public enum Kind {
        NONE,
        ERROR,
        HANG,
        DROP_RESPONSE
    }

    public static Fault none(Duration latency) {
        return new Fault(Kind.NONE, latency, null, null);
    }
}

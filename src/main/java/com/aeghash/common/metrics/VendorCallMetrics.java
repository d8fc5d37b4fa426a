package com.aeghash.common.metrics;

import com.aeghash.common.VendorOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Times every call of one vendor's client: {@code aeghash.vendor.calls} (a timer: count and latency), tagged
 * {@code vendor}, {@code method} (the vendor's method name, a fixed set per client) and {@code outcome} (the
 * converter's {@link VendorOutcome}). The HTTP client's own {@code http.client.requests} cannot tell the methods
 * apart: every vendor method is a {@code POST} to one URL.
 */
public final class VendorCallMetrics {

    public static final String CALLS = "aeghash.vendor.calls";
    /** Items whose vendor outcome is unknown and awaits reconciliation, tagged {@code kind}. */
    public static final String UNKNOWN_OUTCOMES = "aeghash.vendor.outcomes.unknown";

    private final MeterRegistry meters;
    private final String vendor;

    public VendorCallMetrics(MeterRegistry meters, String vendor) {
        this.meters = meters;
        this.vendor = vendor;
    }

    /**
     * Runs one call and records it: {@code SUCCEEDED} when it returns, else the outcome {@code outcomeOfFailure}
     * reads from what it threw (which is thrown on).
     */
    public <T> T time(String method, Supplier<T> call, Function<RuntimeException, VendorOutcome> outcomeOfFailure) {
        long startedNanos = System.nanoTime();
        try {
            T result = call.get();
            record(method, VendorOutcome.SUCCEEDED, startedNanos);
            return result;
        } catch (RuntimeException failure) {
            record(method, outcomeOfFailure.apply(failure), startedNanos);
            throw failure;
        }
    }

    /**
     * Registers the gauge of one kind of item whose outcome is unknown ({@code UNKNOWN_OUTCOMES}), read by
     * {@code count} (one query) at most every 10 seconds.
     */
    public static void unknownOutcomes(MeterRegistry meters, String kind, LongSupplier count, Clock clock) {
        new SnapshotGauges<String>(() -> Map.of(kind, (double) count.getAsLong()), Duration.ofSeconds(10), clock)
                .gauge(
                        meters,
                        UNKNOWN_OUTCOMES,
                        "vendor calls whose outcome is unknown, awaiting reconciliation",
                        Tags.of("kind", kind),
                        kind);
    }

    private void record(String method, VendorOutcome outcome, long startedNanos) {
        Timer.builder(CALLS)
                .description("vendor calls by method and outcome")
                .tag("vendor", vendor)
                .tag("method", method)
                .tag("outcome", outcome.name())
                .register(meters)
                .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }
}

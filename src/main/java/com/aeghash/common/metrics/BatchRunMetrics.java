package com.aeghash.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * What the batch runs over members (the daily mining run, the bonus closing) did, tagged {@code job}:
 * {@code aeghash.batch.runs} (a timer of each run on this instance, tagged {@code outcome}: {@code completed},
 * {@code failed}, or {@code none} when there was nothing to do), {@code aeghash.batch.members} (members processed)
 * and {@code aeghash.batch.entries} (ledger entries posted).
 */
public final class BatchRunMetrics {

    public static final String RUNS = "aeghash.batch.runs";
    public static final String MEMBERS = "aeghash.batch.members";
    public static final String ENTRIES = "aeghash.batch.entries";

    private final MeterRegistry meters;
    private final String job;

    public BatchRunMetrics(MeterRegistry meters, String job) {
        this.meters = meters;
        this.job = job;
    }

    /** A run that started at {@code startedNanos} ({@link System#nanoTime()}) ended with {@code outcome}. */
    public void run(String outcome, long startedNanos) {
        Timer.builder(RUNS)
                .description("batch runs over members")
                .tag("job", job)
                .tag("outcome", outcome)
                .register(meters)
                .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }

    /** One chunk of a run processed {@code members} and posted {@code entries} ledger entries. */
    public void chunk(long members, long entries) {
        Counter.builder(MEMBERS)
                .description("members processed by batch runs")
                .tag("job", job)
                .register(meters)
                .increment(members);
        Counter.builder(ENTRIES)
                .description("ledger entries posted by batch runs")
                .tag("job", job)
                .register(meters)
                .increment(entries);
    }
}

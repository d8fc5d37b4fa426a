package com.aeghash.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts what a transaction did only once it commits: a counter incremented inside a transaction that then rolls
 * back would count what never happened. Outside a transaction the count is immediate.
 */
public final class CommittedCounts {

    private final MeterRegistry meters;

    public CommittedCounts(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Increments {@code name} with {@code tags} by one when the current transaction commits. */
    public void increment(String name, String description, Tags tags) {
        Counter counter =
                Counter.builder(name).description(description).tags(tags).register(meters);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}

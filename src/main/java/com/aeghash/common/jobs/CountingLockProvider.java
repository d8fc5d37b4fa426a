package com.aeghash.common.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Counts each scheduled run that took its lock ({@code aeghash.jobs.runs}, tagged {@code job}: the lock name) and
 * each one that found it held by another run or another instance ({@code aeghash.jobs.skipped}).
 */
public final class CountingLockProvider implements LockProvider {

    public static final String RUNS = "aeghash.jobs.runs";
    public static final String SKIPPED = "aeghash.jobs.skipped";

    private final LockProvider delegate;
    private final MeterRegistry meters;

    public CountingLockProvider(LockProvider delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.meters = meters;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        Optional<SimpleLock> lock = delegate.lock(configuration);
        counter(lock.isPresent() ? RUNS : SKIPPED, configuration.getName()).increment();
        return lock;
    }

    private Counter counter(String name, String job) {
        return Counter.builder(name)
                .description(name.equals(RUNS) ? "scheduled runs that took their lock" : "scheduled runs skipped")
                .tag("job", job)
                .register(meters);
    }
}

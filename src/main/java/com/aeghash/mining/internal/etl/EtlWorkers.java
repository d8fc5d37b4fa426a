package com.aeghash.mining.internal.etl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Runs a run's workers: {@code count} threads (the caller's own thread when it is one), each repeating its step until
 * the step finds nothing left or a worker failed. The first failure is thrown once every worker has stopped (the
 * others finish the chunk they are in: each chunk commits or rolls back on its own); later ones are suppressed.
 */
final class EtlWorkers {

    /** One worker's step: writes one chunk and says whether it found one. */
    @FunctionalInterface
    interface Step {
        boolean next(String worker);
    }

    private EtlWorkers() {}

    static void run(int count, String owner, Step step) {
        if (count == 1) {
            String worker = owner + "/w1";
            while (step.next(worker)) {
                // one chunk per step
            }
            return;
        }
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        BooleanSupplier failed = () -> failure.get() != null;
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "mining-etl-worker-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int index = 1; index <= count; index++) {
                String worker = owner + "/w" + index;
                workers.add(threads.submit(() -> {
                    try {
                        while (!failed.getAsBoolean() && step.next(worker)) {
                            // one chunk per step
                        }
                    } catch (RuntimeException workerFailure) {
                        if (!failure.compareAndSet(null, workerFailure)) {
                            failure.get().addSuppressed(workerFailure);
                        }
                    }
                }));
            }
            awaitAll(workers);
        } finally {
            threads.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static void awaitAll(List<Future<?>> workers) {
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the mining run's workers were working", interrupted);
            } catch (ExecutionException unexpected) {
                throw new IllegalStateException("a mining run worker failed", unexpected.getCause());
            }
        }
    }
}

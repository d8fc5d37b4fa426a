package com.aeghash.bonus.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closing's workers: {@code count} threads (the caller's own when it is one), each writing chunks until none is left
 * to claim or another worker failed. Each chunk commits or rolls back on its own; the first failure is thrown once
 * every worker has stopped, later ones suppressed in it.
 */
final class ClosingWorkers {

    /** One worker's step: writes one chunk under the worker's name; false when there was none to claim. */
    @FunctionalInterface
    interface Step {
        boolean next(String worker);
    }

    private ClosingWorkers() {}

    static void run(int count, String owner, Step step) {
        if (count == 1) {
            repeat(step, owner + "/w1", new AtomicReference<>());
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "bonus-closing-worker-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int index = 1; index <= count; index++) {
                String worker = owner + "/w" + index;
                workers.add(threads.submit(() -> {
                    try {
                        repeat(step, worker, failure);
                    } catch (RuntimeException | Error workerFailure) {
                        if (!failure.compareAndSet(null, workerFailure)) {
                            failure.get().addSuppressed(workerFailure);
                        }
                    }
                }));
            }
            workers.forEach(ClosingWorkers::await);
        } finally {
            threads.shutdownNow();
        }
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (failure.get() instanceof RuntimeException runtime) {
            throw runtime;
        }
    }

    private static void repeat(Step step, String worker, AtomicReference<Throwable> failure) {
        while (failure.get() == null && step.next(worker)) {
            // one chunk per step
        }
    }

    private static void await(Future<?> worker) {
        try {
            worker.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the closing's workers were working", interrupted);
        } catch (ExecutionException unexpected) {
            throw new IllegalStateException("a closing worker failed", unexpected.getCause());
        }
    }
}

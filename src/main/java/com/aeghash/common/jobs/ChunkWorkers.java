package com.aeghash.common.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a batch run's chunk workers (the daily mining run, the bonus closing): {@code count} threads named after the
 * run (the caller's own thread when it is one), each repeating its step until the step finds nothing left to claim or
 * another worker failed. Each chunk commits or rolls back on its own; the first failure is thrown once every worker
 * has stopped, later ones suppressed in it.
 */
public final class ChunkWorkers {

    /** One worker's step: writes one chunk under the worker's name; false when there was none to claim. */
    @FunctionalInterface
    public interface Step {
        boolean next(String worker);
    }

    private ChunkWorkers() {}

    /** {@code run} names the threads ({@code <run>-worker-<n>}) and the failures; workers are {@code <owner>/w<n>}. */
    public static void run(String run, int count, String owner, Step step) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        if (count == 1) {
            repeat(step, owner + "/w1", failure);
            return;
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, run + "-worker-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int index = 1; index <= count; index++) {
                String worker = owner + "/w" + index;
                workers.add(threads.submit(() -> work(step, worker, failure)));
            }
            workers.forEach(worker -> await(run, worker));
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

    private static void work(Step step, String worker, AtomicReference<Throwable> failure) {
        try {
            repeat(step, worker, failure);
        } catch (RuntimeException | Error workerFailure) {
            if (!failure.compareAndSet(null, workerFailure)) {
                failure.get().addSuppressed(workerFailure);
            }
        }
    }

    private static void repeat(Step step, String worker, AtomicReference<Throwable> failure) {
        while (failure.get() == null && step.next(worker)) {
            // one chunk per step
        }
    }

    private static void await(String run, Future<?> worker) {
        try {
            worker.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the " + run + " workers were working", interrupted);
        } catch (ExecutionException unexpected) {
            throw new IllegalStateException("a " + run + " worker failed", unexpected.getCause());
        }
    }
}

package com.aeghash.simulation;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Where a simulation's time goes: wall time and count per step kind ({@code step KIND}) and per check
 * ({@code check NAME}), summed over the runs of one {@link SimulatedApp}; printed by {@code SimulationIT} and the bench
 * so that a slow run says what made it slow.
 */
final class Timings {

    private final Map<String, long[]> spent = new TreeMap<>();

    void time(String what, Runnable work) {
        time(what, () -> {
            work.run();
            return null;
        });
    }

    <T> T time(String what, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            long[] sum = spent.computeIfAbsent(what, ignored -> new long[2]);
            sum[0] += System.nanoTime() - started;
            sum[1]++;
        }
    }

    /** One line per step kind and check: total seconds, count, milliseconds each; the most expensive first. */
    String report() {
        StringBuilder text = new StringBuilder();
        spent.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(entry -> text.append(String.format(
                        "%n  %-28s %7.1f s %6d x %7.1f ms",
                        entry.getKey(),
                        entry.getValue()[0] / 1e9,
                        entry.getValue()[1],
                        entry.getValue()[0] / 1e6 / entry.getValue()[1])));
        return text.toString();
    }
}

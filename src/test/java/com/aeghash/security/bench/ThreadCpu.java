package com.aeghash.security.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of this JVM's live threads grouped by name (digits dropped), plus the elapsed time of garbage collections
 * and JIT compilations (their threads are not Java threads), to show where a way's CPU went.
 */
record ThreadCpu(Map<String, Long> nanosByGroup) {

    static ThreadCpu now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byGroup = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                byGroup.merge(info.getThreadName().replaceAll("[0-9]+", "#"), nanos, Long::sum);
            }
        }
        long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
        byGroup.put("(garbage collection, elapsed)", gcMillis * 1_000_000);
        byGroup.put(
                "(JIT compilation, elapsed)",
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime() * 1_000_000);
        return new ThreadCpu(byGroup);
    }

    /** The groups that took the most CPU since {@code earlier}, per request, in microseconds. */
    String topSince(ThreadCpu earlier, long requests, int top) {
        return nanosByGroup.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - earlier.nanosByGroup.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .map(e -> String.format("%s %.0f µs", e.getKey(), e.getValue() / 1e3 / requests))
                .collect(Collectors.joining(", "));
    }
}

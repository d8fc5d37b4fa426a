package com.aeghash.security.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM (the application and the benchmark's callers together) and by the local PostgreSQL
 * server's processes (read from {@code /proc}, Linux only; zero elsewhere), for the benchmark to report what one
 * request costs. A rate depends on what else the machine runs; the CPU a request takes much less.
 */
record CpuUse(long jvmNanos, long postgresNanos, long callerNanos) {

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    static CpuUse now() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuUse(os.getProcessCpuTime(), postgresTicks() * NANOS_PER_TICK, 0);
    }

    CpuUse minus(CpuUse earlier) {
        return new CpuUse(
                jvmNanos - earlier.jvmNanos, postgresNanos - earlier.postgresNanos, callerNanos - earlier.callerNanos);
    }

    CpuUse plus(CpuUse other) {
        return new CpuUse(
                jvmNanos + other.jvmNanos, postgresNanos + other.postgresNanos, callerNanos + other.callerNanos);
    }

    CpuUse withCallers(long nanos) {
        return new CpuUse(jvmNanos, postgresNanos, callerNanos + nanos);
    }

    String perRequest(long requests) {
        double jvm = jvmNanos / 1e3 / requests;
        double callers = callerNanos / 1e3 / requests;
        double postgres = postgresNanos / 1e3 / requests;
        return String.format(
                "JVM %.0f µs (of which the callers' threads %.0f µs), PostgreSQL %.0f µs, application + PostgreSQL %.0f µs",
                jvm, callers, postgres, jvm - callers + postgres);
    }

    /** utime + stime of every process named {@code postgres}, in clock ticks. */
    private static long postgresTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuUse::postgresTicksOf)
                    .sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long postgresTicksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            String name = stat.substring(stat.indexOf('(') + 1, close);
            if (!name.startsWith("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}

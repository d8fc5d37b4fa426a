package com.aeghash.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs seeds against one {@link SimulatedApp}: a seed's operations come from {@link OpGenerator}, each run gets its
 * own name prefix and its own stretch of time (it starts at midnight UTC three days after everything before it), so a
 * seed does the same whether it runs first, last or alone. A failing seed is shrunk: delta debugging over its
 * operation list, each candidate replayed as a new run, down to a list from which no chunk can be removed.
 */
final class Simulator {

    private final SimulatedApp app;
    private final OpGenerator generator;
    private final int steps;
    private final int shrinkRunsMax;
    private int runs;
    private long stepsRun;
    private final java.util.Map<String, Integer> tally = new java.util.TreeMap<>();
    private final RankModel.Platform platform = new RankModel.Platform();

    /** A failing seed: the failure as first seen, and the shortest operation list found that still fails. */
    record Failure(long seed, String database, int steps, String failure, List<Op> shrunk, String shrunkFailure) {

        String report() {
            return "SIMULATION FAILURE seed=" + seed + " database=" + database + " steps=" + steps + "\n  failure: "
                    + failure + "\n  shrunk to " + shrunk.size() + " operations, failing with: " + shrunkFailure
                    + "\n  replay: -Daeghash.simulation.seed=" + seed + " -Daeghash.simulation.steps=" + steps
                    + "\n  operations: List.of(\n      "
                    + shrunk.stream().map(Op::toString).collect(Collectors.joining(",\n      ")) + ")";
        }
    }

    Simulator(SimulatedApp app, OpGenerator generator, int steps, int shrinkRunsMax) {
        this.app = app;
        this.generator = generator;
        this.steps = steps;
        this.shrinkRunsMax = shrinkRunsMax;
    }

    long stepsRun() {
        return stepsRun;
    }

    /** What the runs so far reached: members, orders, entries and withdrawals by final status, restarts. */
    java.util.Map<String, Integer> tally() {
        return tally;
    }

    /** Runs the seed; {@code null} when every invariant held, else the failure, shrunk. */
    Failure runSeed(long seed) {
        List<Op> ops = generator.generate(seed, steps);
        SimulationRun.Outcome outcome = run(seed, ops);
        if (!outcome.failed()) {
            return null;
        }
        List<Op> shrunk = shrink(seed, upToFailure(ops, outcome));
        SimulationRun.Outcome last = run(seed, shrunk);
        String shrunkFailure = last.failed()
                ? last.failure()
                : "(none: the shrunk list passed when replayed, so the failure depends on timing, not only on the seed)";
        return new Failure(seed, app.database.name(), steps, outcome.failure(), shrunk, shrunkFailure);
    }

    /** Runs exactly these operations (a regression test's fixed list) as one run. */
    SimulationRun.Outcome run(long seed, List<Op> ops) {
        runs++;
        Instant start = app.clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3));
        app.clock.set(start);
        app.switchInstance(0);
        String prefix = "s" + Long.toString(seed, 36).replace('-', 'n') + "r" + runs;
        SimulationRun simulationRun = new SimulationRun(app, prefix, ops, platform);
        SimulationRun.Outcome outcome = simulationRun.run();
        leftOnThePlatform(simulationRun);
        stepsRun += outcome.steps();
        simulationRun.tally(tally);
        return outcome;
    }

    /**
     * What the run leaves for the next runs' global shares: its seed root's rank and its members of D2 or higher, read
     * from the service (they no longer change; a failed run may have left what its model did not follow).
     */
    private void leftOnThePlatform(SimulationRun simulationRun) {
        BonusChecks checks = new BonusChecks(simulationRun);
        List<String> members = simulationRun.model.ranks.members();
        for (String member : members) {
            int level = RankModel.NAMES.indexOf(checks.rankOf(member));
            if (level >= RankModel.D2) {
                platform.outsideQualifiers++;
            }
            if (simulationRun.model.ranks.referrerOf(member).equals(SimulationRun.GLOBAL_ROOT)) {
                platform.seedRootLevels.add(level);
            }
        }
    }

    private static List<Op> upToFailure(List<Op> ops, SimulationRun.Outcome outcome) {
        return outcome.failedStep() < 0
                ? new ArrayList<>(ops)
                : new ArrayList<>(ops.subList(0, outcome.failedStep() + 1));
    }

    /** Delta debugging (ddmin): removes chunks of operations while the rest still fails, within the run budget. */
    private List<Op> shrink(long seed, List<Op> failing) {
        List<Op> current = failing;
        int granularity = 2;
        int budget = shrinkRunsMax;
        while (current.size() >= 2 && budget > 0) {
            int chunk = (current.size() + granularity - 1) / granularity;
            boolean reduced = false;
            for (int from = 0; from < current.size() && budget > 0; from += chunk) {
                List<Op> candidate = new ArrayList<>(current.subList(0, from));
                candidate.addAll(current.subList(Math.min(current.size(), from + chunk), current.size()));
                budget--;
                SimulationRun.Outcome outcome = run(seed, candidate);
                if (outcome.failed()) {
                    current = upToFailure(candidate, outcome);
                    granularity = Math.max(granularity - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (granularity >= current.size()) {
                    break;
                }
                granularity = Math.min(current.size(), granularity * 2);
            }
        }
        return current;
    }
}

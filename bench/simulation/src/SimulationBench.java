package com.aeghash.simulation;

import com.aeghash.testsupport.TestDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs simulation seeds for as long as asked and reports steps/s, seeds run and failures (each failure with its
 * seed and shrunk operation list). Arguments: {@code <seconds> <H2|POSTGRES> <first seed> <steps per seed>
 * [restarts] [instances]}.
 */
public final class SimulationBench {

    private SimulationBench() {}

    public static void main(String[] arguments) {
        Duration budget = Duration.ofSeconds(Long.parseLong(arguments[0]));
        TestDatabases.Kind database = TestDatabases.Kind.valueOf(arguments[1]);
        long seed = Long.parseLong(arguments[2]);
        int steps = Integer.parseInt(arguments[3]);
        boolean restarts = arguments.length > 4 && Boolean.parseBoolean(arguments[4]);
        int instances = arguments.length > 5 ? Integer.parseInt(arguments[5]) : 1;
        List<Simulator.Failure> failures = new ArrayList<>();
        long seeds = 0;
        try (SimulatedApp app = SimulatedApp.start(database, SimulationIT.START, instances)) {
            Simulator simulator = new Simulator(app, OpGenerator.standard(restarts, instances > 1), steps, 60);
            long started = System.nanoTime();
            long deadline = started + budget.toNanos();
            while (System.nanoTime() < deadline) {
                Simulator.Failure failure = simulator.runSeed(seed++);
                seeds++;
                if (failure != null) {
                    failures.add(failure);
                    System.out.println(failure.report());
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(
                        "[simulation] %s seeds=%d steps=%d %.1f steps/s failures=%d restarts=%d%n",
                        database,
                        seeds,
                        simulator.stepsRun(),
                        simulator.stepsRun() / seconds,
                        failures.size(),
                        app.restarts());
            }
            System.out.println("[simulation] reached " + simulator.tally());
        }
        System.out.println("[simulation] done: " + seeds + " seeds, " + failures.size() + " failures");
        System.exit(failures.isEmpty() ? 0 : 1);
    }
}

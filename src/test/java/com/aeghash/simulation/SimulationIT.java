package com.aeghash.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * The bounded simulation of the regular build: a fixed set of seeds on H2 and on PostgreSQL, every invariant checked
 * after every step (docs/simulation.md), with context restarts at random steps, and on PostgreSQL two application
 * contexts on the one database taking turns. A failure prints its seed and the shrunk operation list; replay one seed
 * with {@code -Daeghash.simulation.seed=<seed>} (and {@code -Daeghash.simulation.steps=<steps>} as printed).
 */
@OnEachDatabase
class SimulationIT {

    static final Instant START = Instant.parse("2027-01-04T00:00:00Z");
    private static final int SEEDS = Integer.getInteger("aeghash.simulation.seeds", 3);
    private static final int STEPS = Integer.getInteger("aeghash.simulation.steps", 120);
    private static final List<String> RANK_BONUSES =
            List.of("paid CENTER", "paid CENTER_REFERRAL", "paid GLOBAL_SHARE");

    @Parameter
    TestDatabases.Kind database;

    @Test
    void everyInvariantHoldsAfterEveryStepOfTheSeeds() {
        List<Long> seeds = seeds();
        List<String> failures = new ArrayList<>();
        boolean twoInstances = database == TestDatabases.Kind.POSTGRES;
        try (SimulatedApp app = SimulatedApp.start(database, START, twoInstances ? 2 : 1)) {
            Simulator simulator = new Simulator(app, OpGenerator.standard(true, twoInstances), STEPS, 40);
            long started = System.nanoTime();
            Map<String, Integer> paid = new TreeMap<>();
            for (long seed : seeds) {
                Map<String, Integer> before = new TreeMap<>(simulator.tally());
                Simulator.Failure failure = simulator.runSeed(seed);
                if (failure != null) {
                    System.out.println(failure.report());
                    failures.add(failure.report());
                }
                paidSince(before, simulator, paid)
                        .forEach((type, count) ->
                                System.out.printf("[simulation] %s seed %d: %s %d%n", database, seed, type, count));
            }
            for (FixedScenario scenario : FixedScenario.values()) {
                Map<String, Integer> before = new TreeMap<>(simulator.tally());
                SimulationRun.Outcome outcome = simulator.run(scenario.seed, scenario.ops);
                if (outcome.failed()) {
                    failures.add("fixed scenario " + scenario + ": " + outcome.failure());
                }
                paidSince(before, simulator, paid).forEach((type, count) -> {
                    if (scenario == FixedScenario.RANK_BONUSES && count == 0) {
                        failures.add("fixed scenario " + scenario + " did not pay " + type);
                    }
                });
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "[simulation] %s: %d seeds, %d steps in %.1f s (%.1f steps/s), %d failures, %d instances, %d restarts%n",
                    database,
                    seeds.size(),
                    simulator.stepsRun(),
                    seconds,
                    simulator.stepsRun() / seconds,
                    failures.size(),
                    app.instances(),
                    app.restarts());
            System.out.println("[simulation] " + database + " reached " + simulator.tally());
            System.out.println("[simulation] " + database + " time by step kind and check:" + app.timings.report());
            assertThat(failures).as("simulation failures").isEmpty();
            if (Long.getLong("aeghash.simulation.seed") == null) {
                // the rank-dependent bonuses must really be driven, not only modelled: each paid at least once
                RANK_BONUSES.forEach(type -> assertThat(paid.get(type))
                        .as(type + " paid across the seeds and the fixed scenarios")
                        .isPositive());
            }
        }
    }

    /**
     * Operation lists the simulator shrank a failure to, replayed in every build. {@code LOST_ANSWER_THEN_RECONCILED}
     * is the proof of the checker (docs/simulation.md): with a treasury gateway that re-sent an unknown payout on
     * reconciliation (a deliberate break, never committed) seed 3 failed at step 80 and shrank to these ten
     * operations (the tokens reached the wallet twice); the real service must pass it.
     */
    enum FixedScenario {
        LOST_ANSWER_THEN_RECONCILED(
                3,
                List.of(
                        new Op(Op.Kind.FAULT, 732502, 365045, 0L),
                        new Op(Op.Kind.FUND, 881493, 915986, 294L),
                        new Op(Op.Kind.WALLET, 870972, 68546, 0L),
                        new Op(Op.Kind.WITHDRAW, 89112, 693, 69L),
                        new Op(Op.Kind.APPROVE, 200414, 645808, 0L),
                        new Op(Op.Kind.WALLET, 98880, 181589, 0L),
                        new Op(Op.Kind.APPROVE, 733719, 347182, 0L),
                        new Op(Op.Kind.ADVANCE, 335808, 64010, 157L),
                        new Op(Op.Kind.ORDER_REPLAY, 920486, 128677, 0L),
                        new Op(Op.Kind.RECONCILE, 726783, 474811, 0L))),
        /**
         * The second proof (docs/simulation.md): with transit callbacks applied to an already settled transit (the
         * final-status guard of {@code TransitCallbacks} disabled, never committed) seed 3 failed on PostgreSQL at step
         * 92 and shrank to these six operations: the vendor runs a transit and reports it twice; the second report
         * must change nothing (and answer 200).
         */
        DUPLICATED_TRANSIT_CALLBACK(
                3,
                List.of(
                        new Op(Op.Kind.WALLET, 791155, 842862, 0L),
                        new Op(Op.Kind.TRANSFER, 364358, 945693, 82L),
                        new Op(Op.Kind.CLOSE, 294370, 465868, 0L),
                        new Op(Op.Kind.TRANSIT, 197286, 76039, 36L),
                        new Op(Op.Kind.APPROVE, 21617, 42262, 0L),
                        new Op(Op.Kind.CALLBACK, 765313, 106703, 0L))),

        /**
         * Found by the simulator itself when the rank operations moved seed 1 (its own expectation, not a service bug):
         * a run of yesterday within two minutes after midnight UTC is a 422 {@code mining_data_not_ready} (a day's run
         * starts two minutes after its end, mining.md); shrunk to this one operation.
         */
        MINING_RUN_RIGHT_AFTER_MIDNIGHT(1, List.of(new Op(Op.Kind.MINING_RUN, 993205, 955200, 0L))),

        /**
         * The rank bonuses reached on purpose under the shipped plan (CENTER from D3, CENTER_REFERRAL from D2),
         * whatever the seeds' weights happen to build: eleven two-legged registrations (member n referred by member
         * (n-1)/2: m1, m2 under m0, m3, m4 under m1, ... m21, m22 under m10), orders of PV 200 by the eight leaves
         * under m1 (m15 to m22: D0 by own sales, so m7 to m10 D1, m3 and m4 D2, m1 D3) and by m5 and m6 (so m2 D1 and
         * m0 D2), m1 designated a center (the highest rank), an order of m3 (its center m1, D3: CENTER to m1;
         * CENTER_REFERRAL to m1's referrer m0, D2), three days on and a closing that pools the orders into a global
         * share for m0, m1, m3 and m4. Every invariant is checked after every step as in a seed; the test also
         * requires that this run paid each of the three types.
         */
        RANK_BONUSES(4, rankBonuses()),

        /**
         * Coin withdrawals through HashDam with each of its faults, on purpose (the seeds reach them only when a
         * member got coins): hash power for m0, a day on, the mining run of that day, then six coin withdrawals, each
         * approved at once after a fault plan: none, a lost answer (found in HashDam's history), a lost answer with
         * the history unavailable (unknown although HashDam has it: an operator names HashDam's withdrawId, refused
         * while the history is still unavailable, then adopted), three refusals (failed, hold released), one
         * refusal (retried), a hang (unknown, nothing executed); a minute on and the reconciler (completions), and
         * operators deciding the unknown ones (a wrong role first).
         */
        COIN_WITHDRAWALS_WITH_FAULTS(
                5,
                List.of(
                        new Op(Op.Kind.HASH_POWER, 0, 1, 140L),
                        new Op(Op.Kind.ADVANCE, 0, 0, 1_560L),
                        new Op(Op.Kind.MINING_RUN, 0, 0, 0L),
                        new Op(Op.Kind.COIN_WITHDRAW, 0, 1, 10L),
                        new Op(Op.Kind.HASHDAM_FAULT, 0, 2, 0L),
                        new Op(Op.Kind.COIN_WITHDRAW, 1, 5, 20L),
                        new Op(Op.Kind.HASHDAM_FAULT, 0, 3, 0L),
                        new Op(Op.Kind.COIN_WITHDRAW, 2, 9, 15L),
                        new Op(Op.Kind.COIN_RECONCILE, 0, 11, 0L),
                        new Op(Op.Kind.COIN_RECONCILE, 0, 15, 0L),
                        new Op(Op.Kind.HASHDAM_FAULT, 0, 1, 0L),
                        new Op(Op.Kind.COIN_WITHDRAW, 3, 13, 5L),
                        new Op(Op.Kind.HASHDAM_FAULT, 0, 0, 0L),
                        new Op(Op.Kind.COIN_WITHDRAW, 4, 17, 5L),
                        new Op(Op.Kind.HASHDAM_FAULT, 0, 0, 1L),
                        new Op(Op.Kind.COIN_WITHDRAW, 5, 21, 5L),
                        new Op(Op.Kind.COIN_RECONCILE, 0, 1, 0L),
                        new Op(Op.Kind.COIN_RECONCILE, 0, 3, 0L),
                        new Op(Op.Kind.COIN_RECONCILE, 0, 11, 0L),
                        new Op(Op.Kind.COIN_RECONCILE, 1, 11, 0L),
                        new Op(Op.Kind.ADVANCE, 0, 0, 10L),
                        new Op(Op.Kind.COIN_RECONCILE, 0, 0, 0L))),

        /**
         * Operators deciding unknown wallet transfers, on purpose: a member's transfer whose answer was lost after
         * MBlock sent it (decided succeeded with the explorer's txid), one MBlock never sent (error 12: declared
         * failed by two operators), and a POINT payout from the treasury whose answer was lost (succeeded); a wrong
         * role and a txid the chain never saw are refused first.
         */
        WALLET_DECISIONS(
                6,
                List.of(
                        new Op(Op.Kind.WALLET, 0, 0, 0L),
                        new Op(Op.Kind.FAULT, 1, 1, 0L),
                        new Op(Op.Kind.TRANSFER, 0, 0, 50L),
                        new Op(Op.Kind.WALLET_DECISION, 0, 0, 0L),
                        new Op(Op.Kind.WALLET_DECISION, 0, 4, 0L),
                        new Op(Op.Kind.WALLET_DECISION, 0, 8, 0L),
                        new Op(Op.Kind.FAULT, 1, 0, 0L),
                        new Op(Op.Kind.TRANSFER, 0, 12, 30L),
                        new Op(Op.Kind.WALLET_DECISION, 0, 9, 0L),
                        new Op(Op.Kind.FUND, 0, 0, 100L),
                        new Op(Op.Kind.FAULT, 1, 1, 0L),
                        new Op(Op.Kind.WITHDRAW, 0, 0, 50L),
                        new Op(Op.Kind.APPROVE, 0, 0, 0L),
                        new Op(Op.Kind.APPROVE, 0, 2, 0L),
                        new Op(Op.Kind.WALLET_DECISION, 0, 10, 0L))),

        /**
         * Two POINT payouts of the same amount into one wallet: the first sent and completed, the second never sent
         * (MBlock error 12: unknown). An operator offers the first payout's txid for the second (it matches wallet,
         * recipient and amount on the explorer): the service must refuse it, since one transfer on the chain cannot
         * pay two withdrawals.
         */
        TXID_OF_ANOTHER_PAYOUT(
                7,
                List.of(
                        new Op(Op.Kind.WALLET, 0, 0, 0L),
                        new Op(Op.Kind.FUND, 0, 0, 100L),
                        new Op(Op.Kind.WITHDRAW, 0, 0, 10L),
                        new Op(Op.Kind.APPROVE, 0, 0, 0L),
                        new Op(Op.Kind.APPROVE, 0, 2, 0L),
                        new Op(Op.Kind.FUND, 0, 0, 10L),
                        new Op(Op.Kind.FAULT, 1, 0, 0L),
                        new Op(Op.Kind.WITHDRAW, 0, 0, 10L),
                        new Op(Op.Kind.APPROVE, 0, 0, 0L),
                        new Op(Op.Kind.APPROVE, 0, 2, 0L),
                        new Op(Op.Kind.WALLET_DECISION, 0, 20, 0L)));

        final long seed;
        final List<Op> ops;

        FixedScenario(long seed, List<Op> ops) {
            this.seed = seed;
            this.ops = ops;
        }
    }

    private static List<Op> rankBonuses() {
        List<Op> ops = new ArrayList<>();
        for (int pair = 0; pair < 11; pair++) {
            ops.add(new Op(Op.Kind.REGISTER, 0, 1, 0L));
        }
        for (int buyer : new int[] {15, 16, 17, 18, 19, 20, 21, 22, 5, 6}) {
            ops.add(new Op(Op.Kind.ORDER, buyer, 0, 20_000L));
        }
        ops.add(new Op(Op.Kind.CENTER, 1, 0, 0L));
        ops.add(new Op(Op.Kind.ORDER, 3, 0, 10_000L));
        ops.add(new Op(Op.Kind.ADVANCE, 0, 0, 4_320L));
        ops.add(new Op(Op.Kind.CLOSE, 0, 0, 0L));
        return List.copyOf(ops);
    }

    /** The rank bonuses paid since {@code before} (a tally), by type; added to {@code paid}. */
    private static Map<String, Integer> paidSince(
            Map<String, Integer> before, Simulator simulator, Map<String, Integer> paid) {
        Map<String, Integer> since = new TreeMap<>();
        for (String type : RANK_BONUSES) {
            int count = simulator.tally().getOrDefault(type, 0) - before.getOrDefault(type, 0);
            paid.merge(type, count, Integer::sum);
            since.put(type, count);
        }
        return since;
    }

    private static List<Long> seeds() {
        Long replay = Long.getLong("aeghash.simulation.seed");
        if (replay != null) {
            return List.of(replay);
        }
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }
}

package com.aeghash.simulation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The bonus plan the simulated application is started with, declared once here: the application reads it as its
 * configuration ({@link #properties()}), the simulator's {@link Model} computes what it pays from the same
 * percentages on its own. It is the shipped default plan (application.yml), fixed here so that a change of the
 * shipped plan does not change the simulation.
 */
final class SimulationPlan {

    static final List<BigDecimal> REFERRAL = percentages("30,5,5,3,2,1,1,1,1,1");
    static final List<BigDecimal> SPONSOR = percentages("1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1");
    static final Duration REFUND_DELAY = Duration.ofDays(2);

    /** The service's default refund window: a refund of an order paid longer ago is a 422. */
    static final Duration REFUND_WINDOW = Duration.ofDays(60);

    static final String TIME_ZONE = "Asia/Seoul";

    /**
     * The center bonus's minimum rank: the shipped D3 (platform-rules.md). Random seeds rarely build a D3 (fifteen
     * members in one shape with eight D0 under it) and then mostly record {@code center_rank_too_low}; the fixed
     * scenario {@code SimulationIT.FixedScenario.RANK_BONUSES} builds one on purpose so that every build pays it.
     */
    static final int CENTER_MIN_LEVEL = RankModel.D3;

    private SimulationPlan() {}

    static List<String> properties() {
        return List.of(
                "--aeghash.bonus.rules[0].type=REFERRAL",
                "--aeghash.bonus.rules[0].tree=UNILEVEL",
                "--aeghash.bonus.rules[0].percentages=" + join(REFERRAL),
                "--aeghash.bonus.rules[1].type=SPONSOR",
                "--aeghash.bonus.rules[1].tree=BINARY",
                "--aeghash.bonus.rules[1].percentages=" + join(SPONSOR),
                "--aeghash.bonus.center.min-rank=" + RankModel.NAMES.get(CENTER_MIN_LEVEL),
                "--aeghash.bonus.closing.period=DAILY",
                "--aeghash.bonus.closing.cutoff-time=00:00",
                "--aeghash.bonus.closing.time-zone=" + TIME_ZONE,
                "--aeghash.bonus.closing.refund-delay-days=" + REFUND_DELAY.toDays());
    }

    private static List<BigDecimal> percentages(String list) {
        return Arrays.stream(list.split(",")).map(BigDecimal::new).toList();
    }

    private static String join(List<BigDecimal> percentages) {
        return String.join(
                ",", percentages.stream().map(BigDecimal::toPlainString).toList());
    }
}

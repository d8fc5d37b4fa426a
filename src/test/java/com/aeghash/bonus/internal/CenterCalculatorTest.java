package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusPlans;
import com.aeghash.bonus.BonusRanks.Level;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.PaidOrder.PlanShare;
import com.aeghash.bonus.UnpaidReason;
import com.aeghash.bonus.internal.CenterCalculator.CenterOutcome;
import com.aeghash.bonus.internal.JdbcCenterRepository.CenterCandidate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Center bonuses without Spring: which center, rank thresholds, reasons recorded when not paid. */
class CenterCalculatorTest {

    private static final BonusProperties.Center DEFAULTS = BonusProperties.Center.DEFAULTS;
    private static final List<PlanShare> ONE_HUNDRED =
            List.of(new PlanShare(BonusPlans.DEFAULT, new BigDecimal("100")));
    private static final CenterCandidate CENTER = new CenterCandidate("c", "r", false);

    @Test
    void anExplicitAssignmentWinsOverTheNearestUplineCenter() {
        List<CenterCandidate> candidates = List.of(
                new CenterCandidate("far", "x", false),
                new CenterCandidate("near", "y", false),
                new CenterCandidate("chosen", "z", true));

        assertThat(CenterCalculator.centerOf(candidates, List.of("a", "near", "far")))
                .map(CenterCandidate::memberId)
                .contains("chosen");
        assertThat(CenterCalculator.centerOf(candidates.subList(0, 2), List.of("a", "near", "far")))
                .map(CenterCandidate::memberId)
                .contains("near");
        assertThat(CenterCalculator.centerOf(List.of(), List.of("a"))).isEmpty();
    }

    @Test
    void aD3CenterGetsEightPercentAndItsD2ReferrerTwo() {
        CenterOutcome outcome =
                CenterCalculator.plan(ONE_HUNDRED, DEFAULTS, Optional.of(CENTER), Map.of("c", Level.D3, "r", Level.D2));

        assertThat(outcome.unpaid()).isEmpty();
        assertThat(outcome.entries())
                .extracting(PlannedEntry::type, PlannedEntry::beneficiaryMemberId, PlannedEntry::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BonusType.CENTER, "c", 1),
                        org.assertj.core.groups.Tuple.tuple(BonusType.CENTER_REFERRAL, "r", 1));
        assertThat(outcome.entries().get(0).amount()).isEqualByComparingTo("8");
        assertThat(outcome.entries().get(1).amount()).isEqualByComparingTo("2");
    }

    @Test
    void ranksBelowTheThresholdsPayNothingAndRecordWhyWithTheRankThen() {
        CenterOutcome outcome =
                CenterCalculator.plan(ONE_HUNDRED, DEFAULTS, Optional.of(CENTER), Map.of("c", Level.D2, "r", Level.D1));

        assertThat(outcome.entries()).isEmpty();
        assertThat(outcome.unpaid())
                .extracting(UnpaidShare::reason, UnpaidShare::beneficiaryMemberId, UnpaidShare::beneficiaryRank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UnpaidReason.CENTER_RANK_TOO_LOW, "c", Level.D2),
                        org.assertj.core.groups.Tuple.tuple(UnpaidReason.CENTER_REFERRER_RANK_TOO_LOW, "r", Level.D1));
        assertThat(outcome.unpaid())
                .extracting(UnpaidShare::amount)
                .map(BigDecimal::toPlainString)
                .containsExactly("8.00000000", "2.00000000");
    }

    @Test
    void theCenterReferralDoesNotDependOnTheCentersRank() {
        CenterOutcome outcome = CenterCalculator.plan(
                ONE_HUNDRED, DEFAULTS, Optional.of(CENTER), Map.of("c", Level.FREE, "r", Level.D5));

        assertThat(outcome.entries()).extracting(PlannedEntry::type).containsExactly(BonusType.CENTER_REFERRAL);
        assertThat(outcome.unpaid()).extracting(UnpaidShare::reason).containsExactly(UnpaidReason.CENTER_RANK_TOO_LOW);
    }

    @Test
    void withoutACenterBothAreRecordedUnpaid() {
        CenterOutcome outcome = CenterCalculator.plan(ONE_HUNDRED, DEFAULTS, Optional.empty(), Map.of());

        assertThat(outcome.entries()).isEmpty();
        assertThat(outcome.unpaid())
                .extracting(UnpaidShare::reason)
                .containsExactly(UnpaidReason.NO_CENTER, UnpaidReason.NO_CENTER_REFERRER);
        assertThat(outcome.unpaid())
                .allSatisfy(share -> assertThat(share.beneficiaryMemberId()).isNull());
    }

    @Test
    void aCenterAtTheRootHasNoReferrerAndAMissingRankIsFree() {
        CenterOutcome outcome = CenterCalculator.plan(
                ONE_HUNDRED, DEFAULTS, Optional.of(new CenterCandidate("root", null, true)), Map.of());

        assertThat(outcome.unpaid())
                .extracting(UnpaidShare::reason, UnpaidShare::beneficiaryRank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UnpaidReason.CENTER_RANK_TOO_LOW, Level.FREE),
                        org.assertj.core.groups.Tuple.tuple(UnpaidReason.NO_CENTER_REFERRER, null));
    }

    @Test
    void eachPlanShareIsPaidOnItsPvRoundedDown() {
        List<PlanShare> shares = List.of(
                new PlanShare(BonusPlans.DEFAULT, new BigDecimal("0.123456789")),
                new PlanShare("premium", new BigDecimal("10")));
        CenterOutcome outcome =
                CenterCalculator.plan(shares, DEFAULTS, Optional.of(CENTER), Map.of("c", Level.D4, "r", Level.D4));

        assertThat(outcome.entries())
                .extracting(PlannedEntry::plan, entry -> entry.amount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BonusPlans.DEFAULT, "0.00987654"),
                        org.assertj.core.groups.Tuple.tuple(BonusPlans.DEFAULT, "0.00246913"),
                        org.assertj.core.groups.Tuple.tuple("premium", "0.80000000"),
                        org.assertj.core.groups.Tuple.tuple("premium", "0.20000000"));
    }

    @Test
    void configuredThresholdsAndRatesApply() {
        BonusProperties.Center settings =
                new BonusProperties.Center(new BigDecimal("5"), Level.D1, BigDecimal.ZERO, Level.D5);
        CenterOutcome outcome = CenterCalculator.plan(
                ONE_HUNDRED, settings, Optional.of(CENTER), Map.of("c", Level.D1, "r", Level.FREE));

        assertThat(outcome.entries())
                .extracting(entry -> entry.amount().toPlainString())
                .containsExactly("5.00000000");
        assertThat(outcome.unpaid()).as("a zero rate pays and records nothing").isEmpty();
    }
}

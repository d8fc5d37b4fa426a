package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusPlans;
import com.aeghash.bonus.BonusRule;
import com.aeghash.bonus.BonusType;
import com.aeghash.organization.Tree;
import com.aeghash.organization.Upline;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bonus arithmetic without Spring: per level, missing uplines, rounding. */
class BonusCalculatorTest {

    static final BonusRule REFERRAL = new BonusRule(
            BonusType.REFERRAL, Tree.UNILEVEL, percentages("30", "5", "5", "3", "2", "1", "1", "1", "1", "1"));
    static final BonusRule SPONSOR = new BonusRule(
            BonusType.SPONSOR,
            Tree.BINARY,
            IntStream.range(0, 20).mapToObj(level -> BigDecimal.ONE).toList());

    @Test
    void everyLevelOfBothDefaultRulesIsPaidItsPercentageOfPv() {
        List<PlannedEntry> entries = BonusCalculator.plan(
                BonusPlans.DEFAULT,
                new BigDecimal("100"),
                List.of(REFERRAL, SPONSOR),
                Map.of(Tree.UNILEVEL, uplines("u", 12), Tree.BINARY, uplines("b", 25)));

        assertThat(entries).hasSize(30);
        assertThat(entries.subList(0, 10))
                .extracting(entry -> entry.amount().stripTrailingZeros().toPlainString())
                .containsExactly("30", "5", "5", "3", "2", "1", "1", "1", "1", "1");
        assertThat(entries.subList(0, 10))
                .extracting(PlannedEntry::beneficiaryMemberId)
                .containsExactly("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "u10");
        assertThat(entries.subList(10, 30)).allSatisfy(entry -> {
            assertThat(entry.type()).isEqualTo(BonusType.SPONSOR);
            assertThat(entry.amount()).isEqualByComparingTo("1");
        });
        assertThat(entries.get(29).level()).isEqualTo(20);
        assertThat(entries.get(29).beneficiaryMemberId()).isEqualTo("b20");
        assertThat(BonusCalculator.total(entries)).isEqualByComparingTo("70");
    }

    @Test
    void missingUplinesPayNothing() {
        List<PlannedEntry> entries = BonusCalculator.plan(
                BonusPlans.DEFAULT,
                new BigDecimal("100"),
                List.of(REFERRAL, SPONSOR),
                Map.of(Tree.UNILEVEL, uplines("u", 2), Tree.BINARY, List.of()));

        assertThat(entries).extracting(PlannedEntry::level).containsExactly(1, 2);
        assertThat(BonusCalculator.total(entries)).isEqualByComparingTo("35");
    }

    @Test
    void amountsAreRoundedDownToEightDecimalsPerLevel() {
        assertThat(BonusCalculator.amount(new BigDecimal("33.33333333"), new BigDecimal("30")))
                .isEqualByComparingTo("9.99999999");
        assertThat(BonusCalculator.amount(new BigDecimal("0.00000333"), new BigDecimal("5")))
                .isEqualByComparingTo("0.00000016");
        assertThat(BonusCalculator.amount(new BigDecimal("1"), new BigDecimal("0.333333")))
                .isEqualByComparingTo("0.00333333");
        assertThat(BonusCalculator.amount(new BigDecimal("99.99999999"), BigDecimal.ONE)
                        .scale())
                .isEqualTo(8);
    }

    @Test
    void levelsWhoseAmountRoundsToZeroCreateNoEntry() {
        List<PlannedEntry> entries = BonusCalculator.plan(
                BonusPlans.DEFAULT,
                new BigDecimal("0.00000099"),
                List.of(REFERRAL),
                Map.of(Tree.UNILEVEL, uplines("u", 10)));

        // 30 % of 0.00000099 = 0.000000297 -> 0.00000029; 5 % = 0.0000000495 -> 0.00000004; 1 % -> 0
        assertThat(entries)
                .extracting(entry -> entry.amount().toPlainString())
                .containsExactly("0.00000029", "0.00000004", "0.00000004", "0.00000002", "0.00000001");
    }

    @Test
    void aZeroPercentageLevelIsSkippedButDeeperLevelsStillPay() {
        BonusRule gap = new BonusRule(BonusType.REFERRAL, Tree.UNILEVEL, percentages("10", "0", "2"));

        List<PlannedEntry> entries = BonusCalculator.plan(
                BonusPlans.DEFAULT, new BigDecimal("50"), List.of(gap), Map.of(Tree.UNILEVEL, uplines("u", 5)));

        assertThat(entries).extracting(PlannedEntry::level).containsExactly(1, 3);
        assertThat(entries)
                .extracting(PlannedEntry::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("5"), BigDecimal.ONE);
    }

    @Test
    void levelsAboveTheTopmostUplineAreRecordedAsNoUpline() {
        List<UnpaidShare> unpaid = BonusCalculator.unpaid(
                BonusPlans.DEFAULT,
                new BigDecimal("100"),
                List.of(REFERRAL, SPONSOR),
                Map.of(Tree.UNILEVEL, uplines("u", 8), Tree.BINARY, uplines("b", 25)));

        assertThat(unpaid)
                .extracting(UnpaidShare::type, UnpaidShare::level, UnpaidShare::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                BonusType.REFERRAL, 9, com.aeghash.bonus.UnpaidReason.NO_UPLINE),
                        org.assertj.core.groups.Tuple.tuple(
                                BonusType.REFERRAL, 10, com.aeghash.bonus.UnpaidReason.NO_UPLINE));
        assertThat(unpaid).extracting(share -> share.amount().toPlainString()).containsOnly("1.00000000");
        assertThat(BonusCalculator.unpaid(
                        BonusPlans.DEFAULT,
                        new BigDecimal("100"),
                        List.of(new BonusRule(BonusType.REFERRAL, Tree.UNILEVEL, percentages("10", "0", "2"))),
                        Map.of()))
                .as("the root: every level but the zero one")
                .extracting(UnpaidShare::level)
                .containsExactly(1, 3);
    }

    static List<Upline> uplines(String prefix, int levels) {
        return IntStream.rangeClosed(1, levels)
                .mapToObj(level -> new Upline(level, prefix + level))
                .toList();
    }

    static List<BigDecimal> percentages(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}

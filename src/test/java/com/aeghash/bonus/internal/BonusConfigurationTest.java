package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.bonus.BonusRule;
import com.aeghash.bonus.BonusType;
import com.aeghash.organization.Tree;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The plan comes from configuration in the documented format and is refused at boot when it is unsound. */
class BonusConfigurationTest {

    @Test
    void theDocumentedPropertiesBindToTheDefaultPlan() {
        BonusProperties properties = bind(Map.of(
                "aeghash.bonus.rules[0].type", "REFERRAL",
                "aeghash.bonus.rules[0].tree", "UNILEVEL",
                "aeghash.bonus.rules[0].percentages", "30,5,5,3,2,1,1,1,1,1",
                "aeghash.bonus.rules[1].type", "SPONSOR",
                "aeghash.bonus.rules[1].tree", "BINARY",
                "aeghash.bonus.rules[1].percentages", String.join(",", Collections.nCopies(20, "1")),
                "aeghash.bonus.closing.time-zone", "Asia/Seoul",
                "aeghash.bonus.closing.cutoff-time", "06:30"));

        assertThat(properties.rules()).hasSize(2);
        assertThat(properties.rules().get(0).levels()).isEqualTo(10);
        assertThat(properties.rules().get(0).totalPercentage()).isEqualByComparingTo("50");
        assertThat(properties.rules().get(1).levels()).isEqualTo(20);
        assertThat(properties.closing().timeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(properties.closing().cutoffTime()).isEqualTo(LocalTime.of(6, 30));
        assertThat(properties.closing().refundDelayDays()).isEqualTo(2);
        assertThat(properties.closing().period()).isEqualTo(BonusProperties.Period.DAILY);
    }

    @Test
    void namedPlansBindBesideTheDefaultPlanAndAreCheckedLikeIt() {
        BonusProperties properties = bind(Map.of(
                "aeghash.bonus.rules[0].type", "REFERRAL",
                "aeghash.bonus.rules[0].tree", "UNILEVEL",
                "aeghash.bonus.rules[0].percentages", "30,5",
                "aeghash.bonus.plans.premium.rules[0].type", "REFERRAL",
                "aeghash.bonus.plans.premium.rules[0].tree", "UNILEVEL",
                "aeghash.bonus.plans.premium.rules[0].percentages", "40"));

        assertThat(new BonusPlanCatalogue(properties).names()).containsExactly("default", "premium");
        assertThat(new BonusPlanCatalogue(properties).rulesOf("premium").get(0).totalPercentage())
                .isEqualByComparingTo("40");
        assertThat(new BonusPlanCatalogue(properties).rulesOf("default").get(0).totalPercentage())
                .isEqualByComparingTo("35");
        assertThatThrownBy(() -> new BonusPlanCatalogue(properties).rulesOf("gold"))
                .hasMessageContaining("bonus plan 'gold' is not configured");
        assertThatThrownBy(() -> bind(Map.of(
                        "aeghash.bonus.plans.premium.rules[0].type", "REFERRAL",
                        "aeghash.bonus.plans.premium.rules[0].tree", "UNILEVEL",
                        "aeghash.bonus.plans.premium.rules[0].percentages", "60,50")))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of(
                        "aeghash.bonus.plans.default.rules[0].type", "REFERRAL",
                        "aeghash.bonus.plans.default.rules[0].tree", "UNILEVEL",
                        "aeghash.bonus.plans.default.rules[0].percentages", "1")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("not be 'default'");
    }

    @Test
    void aRulePayingMoreThanAllOfPvIsRefusedAtBinding() {
        assertThatThrownBy(() -> bind(Map.of(
                        "aeghash.bonus.rules[0].type", "REFERRAL",
                        "aeghash.bonus.rules[0].tree", "UNILEVEL",
                        "aeghash.bonus.rules[0].percentages", "60,50")))
                .isInstanceOf(BindException.class)
                .hasRootCauseMessage("bonus rule REFERRAL: percentages add up to more than 100");
    }

    @Test
    void rulesAreCheckedOneByOne() {
        assertThatThrownBy(() -> rule(List.of())).hasMessageContaining("1-50 level percentages");
        assertThatThrownBy(() -> rule(Collections.nCopies(51, BigDecimal.ONE))).hasMessageContaining("1-50");
        assertThatThrownBy(() -> rule(List.of(new BigDecimal("-1")))).hasMessageContaining("must be 0-100");
        assertThatThrownBy(() -> rule(List.of(new BigDecimal("0.0000001")))).hasMessageContaining("6 decimals");
        assertThatThrownBy(() -> new BonusRule(BonusType.SPONSOR, null, List.of(BigDecimal.ONE)))
                .hasMessageContaining("tree is required");
        assertThat(rule(Collections.nCopies(50, new BigDecimal("2"))).totalPercentage())
                .isEqualByComparingTo("100");
    }

    @Test
    void thePlanAsAWholeIsChecked() {
        BonusRule referral = new BonusRule(BonusType.REFERRAL, Tree.UNILEVEL, List.of(new BigDecimal("60")));
        BonusRule sponsor = new BonusRule(BonusType.SPONSOR, Tree.BINARY, List.of(new BigDecimal("41")));
        BonusProperties.Closing closing = bind(Map.of()).closing();

        assertThatThrownBy(() -> new BonusProperties(List.of(referral, sponsor), Map.of(), closing, null, null))
                .hasMessageContaining("101");
        assertThatThrownBy(() -> new BonusProperties(List.of(referral, referral), Map.of(), closing, null, null))
                .hasMessageContaining("configured twice");
        assertThatThrownBy(() -> new BonusProperties.Closing(
                        BonusProperties.Period.DAILY,
                        LocalTime.MIDNIGHT,
                        ZoneId.of("UTC"),
                        DayOfWeek.MONDAY,
                        1,
                        2,
                        0,
                        Duration.ofMinutes(10)))
                .hasMessageContaining("chunk-entries");
    }

    private static BonusRule rule(List<BigDecimal> percentages) {
        return new BonusRule(BonusType.REFERRAL, Tree.UNILEVEL, percentages);
    }

    @Test
    void centerAndGlobalShareDefaultToThePlatformRulesAndCountInThePlansTotal() {
        BonusProperties properties = bind(Map.of());

        assertThat(properties.center().percentage()).isEqualByComparingTo("8");
        assertThat(properties.center().minRank()).isEqualTo(com.aeghash.bonus.BonusRanks.Level.D3);
        assertThat(properties.center().referralPercentage()).isEqualByComparingTo("2");
        assertThat(properties.center().referralMinRank()).isEqualTo(com.aeghash.bonus.BonusRanks.Level.D2);
        assertThat(properties.globalShare().percentage()).isEqualByComparingTo("20");
        assertThat(properties.globalShare().minRank()).isEqualTo(com.aeghash.bonus.BonusRanks.Level.D2);
        assertThatThrownBy(() -> bind(Map.of(
                        "aeghash.bonus.rules[0].type", "REFERRAL",
                        "aeghash.bonus.rules[0].tree", "UNILEVEL",
                        "aeghash.bonus.rules[0].percentages", "71")))
                .hasRootCauseMessage("bonus plan 'default' with center, center referral and global share pays 101 %"
                        + " of PV (max 100)");
        assertThatThrownBy(() -> bind(Map.of(
                        "aeghash.bonus.rules[0].type", "CENTER",
                        "aeghash.bonus.rules[0].tree", "UNILEVEL",
                        "aeghash.bonus.rules[0].percentages", "1")))
                .hasRootCauseMessage("aeghash.bonus.rules: CENTER is not paid by tree rules (aeghash.bonus.center,"
                        + " aeghash.bonus.global-share)");
        assertThat(bind(Map.of("aeghash.bonus.global-share.min-rank", "D4", "aeghash.bonus.center.percentage", "0"))
                        .globalShare()
                        .minRank())
                .isEqualTo(com.aeghash.bonus.BonusRanks.Level.D4);
    }

    private static BonusProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("aeghash.bonus", BonusProperties.class);
    }
}

package com.aeghash.rank.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.rank.Rank;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RankRulesTest {

    private final RankRules rules = new RankRules(RankProperties.defaults());

    @Test
    void aMemberWithoutQualificationIsFree() {
        assertThat(rules.rank(9, new BigDecimal("199.99999999"), 0)).isEqualTo(Rank.FREE);
    }

    @Test
    void tenDirectReferralsOr200OfOwnSalesMakeD0() {
        assertThat(rules.rank(10, BigDecimal.ZERO, 0)).isEqualTo(Rank.D0);
        assertThat(rules.rank(0, new BigDecimal("200"), 0)).isEqualTo(Rank.D0);
    }

    @Test
    void twoReferralsOfTheRankBelowMakeTheNextRank() {
        // the second highest referral is D0 (level 1): D1, whatever the member's own inputs
        assertThat(rules.rank(2, BigDecimal.ZERO, Rank.D0.level())).isEqualTo(Rank.D1);
        assertThat(rules.rank(2, new BigDecimal("500"), Rank.D2.level())).isEqualTo(Rank.D3);
    }

    @Test
    void d5IsTheTop() {
        assertThat(rules.rank(2, BigDecimal.ZERO, Rank.D5.level())).isEqualTo(Rank.D5);
        assertThat(rules.rank(2, BigDecimal.ZERO, Rank.D4.level())).isEqualTo(Rank.D5);
    }

    @Test
    void theThresholdsAreConfiguration() {
        RankRules strict = new RankRules(new RankProperties(3, new BigDecimal("1000"), 3));
        assertThat(strict.rank(3, BigDecimal.ZERO, 0)).isEqualTo(Rank.D0);
        assertThat(strict.rank(2, new BigDecimal("999"), 0)).isEqualTo(Rank.FREE);
        assertThat(strict.rank(3, BigDecimal.ZERO, Rank.D1.level())).isEqualTo(Rank.D2);
    }

    @Test
    void impossibleConfigurationIsRefusedAtBoot() {
        assertThatThrownBy(() -> new RankProperties(0, BigDecimal.ONE, 2))
                .hasMessageContaining("aeghash.rank.d0-direct-referrals");
        assertThatThrownBy(() -> new RankProperties(10, BigDecimal.ZERO, 2))
                .hasMessageContaining("aeghash.rank.d0-own-sales");
    }
}

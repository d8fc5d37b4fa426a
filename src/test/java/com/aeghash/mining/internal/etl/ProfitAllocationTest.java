package com.aeghash.mining.internal.etl;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.MemberHolding;
import com.aeghash.mining.internal.etl.ProfitAllocation.ChunkAllocation;
import com.aeghash.mining.internal.etl.ProfitAllocation.CoinPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The credit arithmetic as pure functions, without Spring or storage. */
class ProfitAllocationTest {

    @Test
    void aMemberGetsPerMegaTimesHashPowerRoundedDownTo8Decimals() {
        assertThat(ProfitAllocation.unscaled(new BigDecimal("0.000020878384"), new BigDecimal("100")))
                .isEqualTo(new BigDecimal("0.00208783"));
        assertThat(ProfitAllocation.unscaled(new BigDecimal("0.000000009"), new BigDecimal("1")))
                .isEqualByComparingTo("0");
    }

    @Test
    void theScaleIsOneUnlessTheMembersWouldGetMoreThanTheProject() {
        assertThat(ProfitAllocation.scaleFor(new BigDecimal("10"), new BigDecimal("10")))
                .isEqualTo(BigDecimal.ONE);
        assertThat(ProfitAllocation.scaleFor(new BigDecimal("10"), new BigDecimal("3")))
                .isEqualTo(BigDecimal.ONE);
        assertThat(ProfitAllocation.scaleFor(new BigDecimal("10"), new BigDecimal("30")))
                .isEqualTo(new BigDecimal("0.333333333333333333"));
        assertThat(ProfitAllocation.scaleFor(BigDecimal.ZERO, new BigDecimal("30")))
                .isEqualByComparingTo("0");
    }

    @Test
    void scaledCreditsNeverAddUpToMoreThanTheProjectTotal() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            BigDecimal perMega = BigDecimal.valueOf(random.nextInt(1_000_000_000) + 1L, 12);
            List<MemberHolding> holdings = new ArrayList<>();
            BigDecimal membersTotal = BigDecimal.ZERO;
            for (int member = 0; member < 50; member++) {
                BigDecimal power = BigDecimal.valueOf(random.nextInt(100_000_000) + 1L, random.nextInt(9));
                holdings.add(new MemberHolding("m" + member, power));
                membersTotal = membersTotal.add(ProfitAllocation.unscaled(perMega, power));
            }
            BigDecimal projectTotal = membersTotal.multiply(BigDecimal.valueOf(random.nextInt(150) + 1L, 2));
            CoinPlan plan = new CoinPlan(
                    Asset.LTC, perMega, projectTotal, ProfitAllocation.scaleFor(projectTotal, membersTotal));

            ChunkAllocation allocation =
                    ProfitAllocation.allocate(holdings, List.of(plan), Map.of(Asset.LTC, projectTotal));

            BigDecimal credited = allocation.credits().values().stream()
                    .map(credits -> credits.getOrDefault(Asset.LTC, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(credited).as("round %d", round).isLessThanOrEqualTo(projectTotal);
            assertThat(allocation.clamped()).as("round %d", round).isFalse();
        }
    }

    @Test
    void creditsBeyondWhatIsLeftOfTheProjectTotalAreClampedInMemberOrder() {
        CoinPlan plan = new CoinPlan(Asset.DOGE, new BigDecimal("1"), new BigDecimal("100"), BigDecimal.ONE);
        List<MemberHolding> holdings = List.of(
                new MemberHolding("a", new BigDecimal("3")),
                new MemberHolding("b", new BigDecimal("4")),
                new MemberHolding("c", new BigDecimal("5")));

        ChunkAllocation allocation =
                ProfitAllocation.allocate(holdings, List.of(plan), Map.of(Asset.DOGE, new BigDecimal("5")));

        assertThat(allocation.clamped()).isTrue();
        assertThat(allocation.credits().get("a")).containsEntry(Asset.DOGE, new BigDecimal("3.00000000"));
        assertThat(allocation.credits().get("b").get(Asset.DOGE)).isEqualByComparingTo("2");
        assertThat(allocation.credits().get("c")).isEmpty();
    }
}

package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.OrderDistribution;
import com.aeghash.common.ApiException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Distribution of paid orders on the in-memory engine; the ledger's invariants hold after every test. */
class BonusDistributionTest {

    private static final Instant PAID = Instant.parse("2026-11-20T10:00:00Z");
    private final InMemoryBonusEngine engine = new InMemoryBonusEngine(10_000);

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(engine.ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void aBuyerTwentyFiveLevelsDeepPaysThirtyEntriesIntoPendingBalances() {
        engine.chain(25);

        OrderDistribution distribution = engine.distributeAndPost(engine.order("o-1", "m25", "100", PAID));

        assertThat(distribution.entries()).isEqualTo(30);
        assertThat(distribution.total()).isEqualByComparingTo("70");
        assertThat(distribution.replayed()).isFalse();
        // m24 is level 1 of both trees: 30 % referral + 1 % sponsor
        assertThat(engine.points("m24").pending()).isEqualByComparingTo("31");
        assertThat(engine.points("m24").available()).isEqualByComparingTo("0");
        assertThat(engine.points("m15").pending())
                .as("referral level 10 + sponsor level 10")
                .isEqualByComparingTo("2");
        assertThat(engine.points("m5").pending()).as("sponsor level 20 only").isEqualByComparingTo("1");
        assertThat(engine.points("m4").pending()).as("beyond every rule").isEqualByComparingTo("0");
        List<BonusEntry> entries = engine.orders.entriesOfOrder("o-1");
        assertThat(entries).hasSize(30).allSatisfy(entry -> {
            assertThat(entry.status()).isEqualTo(BonusEntryStatus.PENDING);
            assertThat(entry.sourceMemberId()).isEqualTo("m25");
            assertThat(entry.pvAmount()).isEqualByComparingTo("100");
        });
        assertThat(entries)
                .filteredOn(entry -> entry.type() == BonusType.REFERRAL)
                .extracting(BonusEntry::level)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void creditsReachPendingOnlyWhenPostedAggregatedOverOrdersAndOnce() {
        engine.chain(3);
        engine.bonuses.distribute(engine.order("q-1", "m3", "100", PAID));
        engine.bonuses.distribute(engine.order("q-2", "m3", "50", PAID));

        assertThat(engine.points("m2").pending()).as("queued, not posted").isEqualByComparingTo("0");
        assertThat(engine.orders.queuedCredits).containsExactly("q-1", "q-2");

        assertThat(engine.credits.postOutstanding()).isEqualTo(2);
        assertThat(engine.credits.postOutstanding()).as("nothing twice").isZero();

        assertThat(engine.points("m2").pending()).as("31 % of 150").isEqualByComparingTo("46.5");
        assertThat(engine.points("m1").pending()).as("5 % + 1 % of 150").isEqualByComparingTo("9");
        assertThat(engine.orders.queuedCredits).isEmpty();
    }

    @Test
    void uplinesMissingNearTheRootPayNothing() {
        engine.chain(3);

        OrderDistribution distribution = engine.distributeAndPost(engine.order("o-2", "m3", "100", PAID));

        // referral 30 + 5 + 5, sponsor 1 + 1 + 1
        assertThat(distribution.entries()).isEqualTo(6);
        assertThat(distribution.total()).isEqualByComparingTo("43");
        assertThat(engine.points("m0").pending()).isEqualByComparingTo("6");
    }

    @Test
    void anOrderOfTheRootPaysNothingButIsRecorded() {
        engine.chain(1);

        OrderDistribution distribution = engine.distributeAndPost(engine.order("o-3", "m0", "100", PAID));

        assertThat(distribution.entries()).isZero();
        assertThat(distribution.total()).isEqualByComparingTo("0");
        assertThat(engine.orders.findOrder("o-3")).isPresent();
    }

    @Test
    void amountsAreRoundedDownPerLevel() {
        engine.chain(2);

        OrderDistribution distribution = engine.distributeAndPost(engine.order("o-4", "m2", "33.33333333", PAID));

        // referral: 30 % = 9.999999999 -> 9.99999999, 5 % = 1.6666666665 -> 1.66666666; sponsor 1 % -> 0.33333333 x 2
        assertThat(distribution.total()).isEqualByComparingTo("12.33333331");
        assertThat(engine.points("m1").pending()).isEqualByComparingTo("10.33333332");
    }

    @Test
    void reprocessingTheSameOrderCreatesNothingNew() {
        engine.chain(12);
        OrderDistribution first = engine.distributeAndPost(engine.order("o-5", "m12", "100", PAID));

        OrderDistribution again = engine.distributeAndPost(engine.order("o-5", "m12", "100", PAID));

        assertThat(again.replayed()).isTrue();
        assertThat(again.entries()).isEqualTo(first.entries());
        assertThat(again.total()).isEqualByComparingTo(first.total());
        assertThat(engine.orders.entriesOfOrder("o-5")).hasSize(first.entries());
        assertThat(engine.points("m11").pending()).isEqualByComparingTo("31");
        engine.organization.foldLegVolume();
        assertThat(engine.organization.leftLegPv("m0")).isEqualByComparingTo("100");
    }

    @Test
    void anUnregisteredBuyerIsUnprocessable() {
        engine.chain(1);

        assertThatThrownBy(() -> engine.distributeAndPost(engine.order("o-6", "ghost", "100", PAID)))
                .isInstanceOfSatisfying(ApiException.class, failure -> {
                    assertThat(failure.status().value()).isEqualTo(422);
                    assertThat(failure.code()).isEqualTo("unknown_member");
                });
        assertThat(engine.orders.findOrder("o-6")).isEmpty();
    }

    @Test
    void invalidOrdersAreRejected() {
        engine.chain(1);

        assertThatThrownBy(() -> engine.distributeAndPost(engine.order("o-7", "m1", "0", PAID)))
                .hasMessageContaining("pvAmount");
        assertThatThrownBy(() -> engine.distributeAndPost(engine.order(" ", "m1", "1", PAID)))
                .hasMessageContaining("orderReference");
    }

    @Test
    void refundsAreIdempotentTakeTheLegPvBackAndUnknownOrdersAreNotFound() {
        engine.chain(2);
        engine.distributeAndPost(engine.order("o-8", "m2", "40", PAID));
        engine.organization.foldLegVolume();
        assertThat(engine.organization.leftLegPv("m0")).isEqualByComparingTo("40");

        engine.bonuses.markRefunded("o-8", PAID.plusSeconds(60));
        engine.bonuses.markRefunded("o-8", PAID.plusSeconds(120));
        engine.organization.foldLegVolume();

        assertThat(engine.orders.findOrder("o-8").orElseThrow().refundedAt()).isEqualTo(PAID.plusSeconds(60));
        assertThat(engine.organization.leftLegPv("m0")).isEqualByComparingTo("0");
        assertThat(engine.organization.leftLegPv("m1")).isEqualByComparingTo("0");
        assertThat(engine.points("m1").pending())
                .as("reversed by the next closing, not now")
                .isPositive();
        assertThatThrownBy(() -> engine.bonuses.markRefunded("never", PAID))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        failure -> assertThat(failure.status().value()).isEqualTo(404));
    }
}

package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.PostgresIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Refunds racing a closing on PostgreSQL, with row locks as in production ({@link ClawbackScenario}). */
@PostgresIntegrationTest
class BonusClawbackRaceIT extends ClawbackScenario {

    /**
     * Each round: orders confirmed by nobody yet, a closing (chunks of 10,000) started at the same moment as their
     * refunds, and one more order refunded once the closing is done. Whatever the interleaving, every entry ends
     * cancelled once or confirmed and clawed back once, and with nothing spent nobody keeps or owes anything.
     */
    @Test
    void refundsRacingAClosingCancelOrClawBackEachEntryOnce() throws Exception {
        int orderCount = 6;
        for (int round = 1; round <= 4; round++) {
            Instant roundCutoff = cutoff.plus(Duration.ofDays(round));
            for (int order = 1; order <= orderCount; order++) {
                distribute("r" + round + "-" + order, roundCutoff.minus(Duration.ofDays(3)));
            }
            distribute("r" + round + "-late", roundCutoff.minus(Duration.ofDays(3)));
            int currentRound = round;
            Concurrently.run(orderCount + 1, thread -> {
                if (thread == orderCount) {
                    return closings.close(roundCutoff, "finance");
                }
                bonuses.markRefunded(
                        reference("r" + currentRound + "-" + (thread + 1)), roundCutoff.plus(Duration.ofHours(1)));
                return null;
            });
            bonuses.markRefunded(reference("r" + round + "-late"), roundCutoff.plus(Duration.ofHours(2)));
            assertThat(statusesOf("r" + round + "-late"))
                    .as("refunded after the closing: clawed back")
                    .containsOnly(BonusEntryStatus.CLAWED_BACK);
            closings.close(roundCutoff.plusSeconds(1), "finance"); // cancels what was refunded before it
            for (int order = 1; order <= orderCount; order++) {
                String reference = reference("r" + round + "-" + order);
                List<BonusEntry> entries = orders.entriesOfOrder(reference);
                assertThat(entries)
                        .extracting(BonusEntry::status)
                        .containsAnyOf(BonusEntryStatus.CANCELLED, BonusEntryStatus.CLAWED_BACK)
                        .doesNotContain(BonusEntryStatus.PENDING, BonusEntryStatus.CONFIRMED);
                long clawedBack = entries.stream()
                        .filter(entry -> entry.status() == BonusEntryStatus.CLAWED_BACK)
                        .count();
                assertThat(count("SELECT COUNT(*) FROM bonus_clawbacks WHERE order_reference = ?", reference))
                        .isEqualTo(clawedBack);
            }
        }
        for (String member : List.of(member(1), member(2), prefix + "-root")) {
            assertThat(points(member).available()).isEqualByComparingTo("0");
            assertThat(points(member).pending()).isEqualByComparingTo("0");
            assertThat(debts.debtOf(member)).isEqualByComparingTo("0");
        }
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }
}

package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.bonus.BonusClawback;
import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.common.ApiException;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.notification.Alert;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds after confirmation on the in-memory engine (chain m0 ← m1 ← m2 ← m3; an order of m3 with PV 100 pays m2 31,
 * m1 6 and m0 6): clawback from available, bonus debt, recovery by the next closings, window, idempotence. The
 * ledger's invariants (balanced per asset, no negative bucket) hold after every test.
 */
class ClawbackTest {

    private static final Instant CUTOFF = Instant.parse("2026-09-01T00:00:00Z");
    private static final Instant PAID = CUTOFF.minus(Duration.ofDays(5));
    private static final Instant REFUNDED = CUTOFF.plus(Duration.ofHours(1));
    private final InMemoryBonusEngine engine = new InMemoryBonusEngine(10_000);

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(engine.ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void aRefundAfterConfirmationTakesTheConfirmedAmountsBackFromAvailable() {
        confirmedOrder("c-1", "100");

        engine.bonuses.markRefunded("c-1", REFUNDED);

        assertThat(statuses("c-1")).containsOnly(BonusEntryStatus.CLAWED_BACK);
        for (String member : List.of("m0", "m1", "m2")) {
            assertThat(engine.points(member).available()).isEqualByComparingTo("0");
            assertThat(debtOf(member)).isEqualByComparingTo("0");
        }
        List<BonusClawback> rows = engine.clawbacks.clawbacksOfOrder("c-1");
        assertThat(rows).hasSize(6).allSatisfy(row -> {
            assertThat(row.toDebt()).isEqualByComparingTo("0");
            assertThat(row.fromAvailable()).isEqualByComparingTo(row.amount());
            assertThat(row.confirmedClosingId()).isEqualTo(1L);
        });
        assertThat(engine.auditActions).filteredOn("bonus.clawed_back"::equals).hasSize(3);
        assertThat(engine.notifier.alerts())
                .as("43 POINT is below the alert amount")
                .isEmpty();
    }

    @Test
    void whatAvailableNoLongerCoversBecomesBonusDebtAndNoBalanceGoesNegative() {
        confirmedOrder("c-1", "100");
        spend("m2", "20");

        engine.bonuses.markRefunded("c-1", REFUNDED);

        assertThat(engine.points("m2").available()).isEqualByComparingTo("0");
        assertThat(debtOf("m2")).as("31 clawed back, 11 of it available").isEqualByComparingTo("20");
        assertThat(debtOf("m1")).isEqualByComparingTo("0");
        List<BonusClawback> ofM2 = engine.clawbacks.clawbacksOfOrder("c-1").stream()
                .filter(row -> row.memberId().equals("m2"))
                .toList();
        assertThat(sum(ofM2, BonusClawback::fromAvailable)).isEqualByComparingTo("11");
        assertThat(sum(ofM2, BonusClawback::toDebt)).isEqualByComparingTo("20");
        assertThat(ofM2.get(0).fromAvailable())
                .as("the member's first entry is covered first")
                .isEqualByComparingTo(ofM2.get(0).amount().min(new BigDecimal("11")));
    }

    @Test
    void theNextClosingsRecoverTheDebtFirstPartlyThenFully() {
        confirmedOrder("c-1", "100");
        spend("m2", "20");
        engine.bonuses.markRefunded("c-1", REFUNDED);
        Instant secondCutoff = CUTOFF.plus(Duration.ofDays(10));
        engine.distributeAndPost(engine.order("c-2", "m3", "10", secondCutoff.minus(Duration.ofDays(5))));

        ClosingRun second = engine.closings.close(secondCutoff, "finance");

        assertThat(debtOf("m2")).as("20 - (3 + 0.1)").isEqualByComparingTo("16.9");
        assertThat(engine.points("m2").available()).isEqualByComparingTo("0");
        assertThat(engine.points("m1").available())
                .as("m1 owes nothing: 0.5 + 0.1")
                .isEqualByComparingTo("0.6");
        assertThat(engine.clawbacks.recoveredIn(second.id())).isEqualByComparingTo("3.1");

        Instant thirdCutoff = secondCutoff.plus(Duration.ofDays(10));
        engine.distributeAndPost(engine.order("c-3", "m3", "100", thirdCutoff.minus(Duration.ofDays(5))));
        ClosingRun third = engine.closings.close(thirdCutoff, "finance");

        assertThat(debtOf("m2")).isEqualByComparingTo("0");
        assertThat(engine.points("m2").available()).as("31 - 16.9").isEqualByComparingTo("14.1");
        assertThat(engine.clawbacks.recoveredIn(third.id())).isEqualByComparingTo("16.9");
        assertThat(third.confirmedAmount())
                .as("the closing still confirms the whole sum")
                .isEqualByComparingTo("43");
    }

    @Test
    void aMixedOrderHasItsConfirmedEntriesClawedBackAndItsPendingOnesCancelled() {
        InMemoryBonusEngine small = new InMemoryBonusEngine(2);
        small.chain(3);
        small.distributeAndPost(small.order("mixed", "m3", "100", PAID));
        small.closingRuns.insertIfAbsent(CUTOFF, CUTOFF.minus(Duration.ofDays(2)), 6, "finance", CUTOFF);
        long closingId = small.closingRuns.findByCutoff(CUTOFF).orElseThrow().id();
        small.closings.processChunk(closingId); // m0's two entries confirmed, the closing interrupted

        small.bonuses.markRefunded("mixed", REFUNDED);
        ClosingRun resumed = small.closings.close(CUTOFF, "finance");

        assertThat(small.orders.entriesOfOrder("mixed"))
                .allSatisfy(entry -> assertThat(entry.status())
                        .isEqualTo(
                                entry.beneficiaryMemberId().equals("m0")
                                        ? BonusEntryStatus.CLAWED_BACK
                                        : BonusEntryStatus.CANCELLED));
        assertThat(resumed.cancelledEntries()).isEqualTo(4);
        assertThat(small.clawbacks.clawbacksOfOrder("mixed")).hasSize(2);
        for (String member : List.of("m0", "m1", "m2")) {
            assertThat(small.points(member).available()).isEqualByComparingTo("0");
            assertThat(small.points(member).pending()).isEqualByComparingTo("0");
        }
        assertThat(small.ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void entriesOfOneOrderConfirmedByTwoClosingsAreAllClawedBackOnce() {
        InMemoryBonusEngine small = new InMemoryBonusEngine(2);
        small.chain(3);
        small.distributeAndPost(small.order("split", "m3", "100", PAID));
        small.closingRuns.insertIfAbsent(CUTOFF, CUTOFF.minus(Duration.ofDays(2)), 6, "finance", CUTOFF);
        long interrupted = small.closingRuns.findByCutoff(CUTOFF).orElseThrow().id();
        small.closings.processChunk(interrupted); // m0's two entries, then the closing stops
        // and is completed without the rest, as a closing started before ranges could be: a later one takes them
        small.closingRuns.saveProgress(
                small.closingRuns.find(interrupted).orElseThrow().completed(CUTOFF));
        ClosingRun later = small.closings.close(CUTOFF.plus(Duration.ofDays(1)), "finance");

        small.bonuses.markRefunded("split", REFUNDED.plus(Duration.ofDays(1)));
        small.bonuses.markRefunded("split", REFUNDED.plus(Duration.ofDays(2)));

        assertThat(small.clawbacks.clawbacksOfOrder("split"))
                .hasSize(6)
                .extracting(BonusClawback::confirmedClosingId)
                .containsOnly(interrupted, later.id());
        assertThat(small.orders.entriesOfOrder("split"))
                .extracting(BonusEntry::status)
                .containsOnly(BonusEntryStatus.CLAWED_BACK);
        for (String member : List.of("m0", "m1", "m2")) {
            assertThat(small.points(member).available()).isEqualByComparingTo("0");
        }
        assertThat(small.ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void aSecondRefundChangesNothing() {
        confirmedOrder("c-1", "100");
        spend("m2", "20");
        engine.bonuses.markRefunded("c-1", REFUNDED);

        engine.bonuses.markRefunded("c-1", REFUNDED.plusSeconds(5));

        assertThat(engine.clawbacks.clawbacksOfOrder("c-1")).hasSize(6);
        assertThat(debtOf("m2")).isEqualByComparingTo("20");
        assertThat(engine.auditActions).filteredOn("bonus.clawed_back"::equals).hasSize(3);
    }

    @Test
    void aClawbackAboveTheAlertAmountRaisesAnAlert() {
        confirmedOrder("big", "1000");

        engine.bonuses.markRefunded("big", REFUNDED);

        assertThat(engine.notifier.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.source()).isEqualTo("bonus");
            assertThat(alert.fields())
                    .containsEntry("orderReference", "big")
                    .containsEntry("amount", "430")
                    .containsEntry("toDebt", "0");
        });
        assertThat(engine.notifier.alerts()).extracting(Alert::title).containsOnly("Large bonus clawback");
    }

    @Test
    void aRefundPastTheWindowIsRefusedAndChangesNothing() {
        confirmedOrder("late", "100");

        assertThatThrownBy(() -> engine.bonuses.markRefunded(
                        "late", PAID.plus(Duration.ofDays(60)).plusSeconds(1)))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status().value()).isEqualTo(422);
                    assertThat(refused.code()).isEqualTo("refund_window_closed");
                });

        assertThat(engine.orders.findOrder("late").orElseThrow().refundedAt()).isNull();
        assertThat(statuses("late")).containsOnly(BonusEntryStatus.CONFIRMED);
        assertThat(engine.points("m2").available()).isEqualByComparingTo("31");
        engine.bonuses.markRefunded("late", PAID.plus(Duration.ofDays(60)));
        assertThat(statuses("late")).as("the last instant of the window").containsOnly(BonusEntryStatus.CLAWED_BACK);
    }

    private void confirmedOrder(String reference, String pv) {
        engine.chain(3);
        engine.distributeAndPost(engine.order(reference, "m3", pv, PAID));
        engine.closings.close(CUTOFF, "finance");
        assertThat(statuses(reference)).containsOnly(BonusEntryStatus.CONFIRMED);
    }

    /** The member spends part of its available points (they leave the platform). */
    private void spend(String member, String amount) {
        engine.ledger.post(EntryRequest.builder("spend:" + member, "spent")
                .move(
                        AccountRef.member(member, Asset.POINT, Bucket.AVAILABLE),
                        AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, Asset.POINT),
                        new BigDecimal(amount))
                .build());
    }

    private BigDecimal debtOf(String member) {
        return engine.ledger
                .balancesOf(Asset.POINT, Bucket.BONUS_DEBT, List.of(member))
                .getOrDefault(member, BigDecimal.ZERO);
    }

    private List<BonusEntryStatus> statuses(String reference) {
        return engine.orders.entriesOfOrder(reference).stream()
                .map(BonusEntry::status)
                .toList();
    }

    private static BigDecimal sum(
            List<BonusClawback> rows, java.util.function.Function<BonusClawback, BigDecimal> part) {
        return rows.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

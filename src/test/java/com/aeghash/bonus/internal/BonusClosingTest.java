package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusesClosed;
import com.aeghash.common.ApiException;
import com.aeghash.common.metrics.BatchRunMetrics;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closings on the in-memory engine; the ledger's invariants hold after every test. */
class BonusClosingTest {

    private static final Instant CUTOFF = Instant.parse("2026-11-25T00:00:00Z");
    private static final Instant OLD = CUTOFF.minus(Duration.ofDays(5));
    private static final Instant RECENT = CUTOFF.minus(Duration.ofDays(1));
    private final InMemoryBonusEngine engine = new InMemoryBonusEngine(4);

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(engine.ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void entriesOfOrdersWhoseCreditsAreStillQueuedAreLeftToALaterClosing() {
        engine.chain(3);
        engine.distributeAndPost(engine.order("c-posted", "m3", "100", OLD));
        engine.bonuses.distribute(engine.order("c-queued", "m3", "100", OLD));
        engine.bonuses.distribute(engine.order("c-refunded", "m3", "100", OLD));
        engine.bonuses.markRefunded("c-refunded", OLD.plus(Duration.ofDays(1)));

        ClosingRun first = engine.closings.close(CUTOFF, "finance");

        assertThat(first.confirmedEntries()).as("c-posted only").isEqualTo(6);
        assertThat(first.cancelledEntries()).isZero();
        assertThat(engine.orders.entriesOfOrder("c-queued"))
                .extracting(BonusEntry::status)
                .containsOnly(BonusEntryStatus.PENDING);

        engine.credits.postOutstanding();
        ClosingRun next = engine.closings.close(CUTOFF.plus(Duration.ofDays(1)), "finance");

        assertThat(next.confirmedEntries()).isEqualTo(6);
        assertThat(next.cancelledEntries())
                .as("the refunded order's, once posted")
                .isEqualTo(6);
        assertThat(engine.points("m2").available()).as("31 + 31").isEqualByComparingTo("62");
        assertThat(engine.points("m2").pending()).isEqualByComparingTo("0");
    }

    @Test
    void pendingEntriesOfOrdersOlderThanTheDelayBecomeAvailable() {
        engine.chain(3);
        engine.distributeAndPost(engine.order("c-1", "m3", "100", OLD));

        ClosingRun run = engine.closings.close(CUTOFF, "finance");

        assertThat(run.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(run.totalEntries()).isEqualTo(6);
        assertThat(run.processedEntries()).isEqualTo(6);
        assertThat(run.confirmedEntries()).isEqualTo(6);
        assertThat(run.confirmedAmount()).isEqualByComparingTo("43");
        assertThat(run.chunks()).as("6 entries in chunks of 4").isEqualTo(2);
        assertThat(run.paidBefore()).isEqualTo(CUTOFF.minus(Duration.ofDays(2)));
        assertThat(engine.points("m2").available()).isEqualByComparingTo("31");
        assertThat(engine.points("m2").pending()).isEqualByComparingTo("0");
        assertThat(engine.orders.entriesOfOrder("c-1"))
                .extracting(BonusEntry::status)
                .containsOnly(BonusEntryStatus.CONFIRMED);
        assertThat(engine.auditActions).containsExactly("bonus.closing.started", "bonus.closing.completed");
    }

    @Test
    void aChunkOfMoreMembersThanOneEventTakesIsAnnouncedInSeveralEventsWithEachMemberOnce() {
        InMemoryBonusEngine large = new InMemoryBonusEngine(10_000);
        large.chain(150);
        for (int buyer = 1; buyer <= 150; buyer++) {
            large.distributeAndPost(large.order("e-" + buyer, "m" + buyer, "100", OLD));
        }
        large.bonuses.markRefunded("e-150", OLD.plusSeconds(60));

        ClosingRun run = large.closings.close(CUTOFF, "finance");

        List<BonusesClosed> events = large.published.stream()
                .filter(BonusesClosed.class::isInstance)
                .map(BonusesClosed.class::cast)
                .toList();
        assertThat(run.chunks()).isEqualTo(1);
        assertThat(events).extracting(event -> event.members().size()).containsExactly(100, 50);
        assertThat(events).extracting(BonusesClosed::closingId).containsOnly(run.id());
        List<BonusesClosed.MemberBonuses> members =
                events.stream().flatMap(event -> event.members().stream()).toList();
        assertThat(members).extracting(BonusesClosed.MemberBonuses::memberId).doesNotHaveDuplicates();
        assertThat(members.stream()
                        .map(BonusesClosed.MemberBonuses::confirmed)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(run.confirmedAmount());
        assertThat(members.stream()
                        .map(BonusesClosed.MemberBonuses::clawedBack)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(run.cancelledAmount())
                .isPositive();
    }

    void aClosingCountsItsRunMembersAndLedgerEntriesOnceAndARepeatCountsNothing() {
        engine.chain(3);
        engine.distributeAndPost(engine.order("c-9", "m3", "100", OLD));

        engine.closings.close(CUTOFF, "finance");
        engine.closings.close(CUTOFF, "finance");

        assertThat(engine.meters
                        .get(BatchRunMetrics.RUNS)
                        .tags("job", BonusClosingService.JOB, "outcome", "completed")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(count(BatchRunMetrics.ENTRIES))
                .as("one ledger entry per chunk of 4 bonus entries")
                .isEqualTo(2);
        assertThat(count(BatchRunMetrics.MEMBERS))
                .as("beneficiaries of each chunk")
                .isPositive();
    }

    private double count(String name) {
        return engine.meters
                .get(name)
                .tag("job", BonusClosingService.JOB)
                .counter()
                .count();
    }

    @Test
    void ordersInsideTheRefundDelayStayPending() {
        engine.chain(2);
        engine.distributeAndPost(engine.order("c-2", "m2", "100", RECENT));

        ClosingRun run = engine.closings.close(CUTOFF, "finance");

        assertThat(run.processedEntries()).isZero();
        assertThat(engine.points("m1").pending()).isEqualByComparingTo("31");
        assertThat(engine.orders.entriesOfOrder("c-2"))
                .extracting(BonusEntry::status)
                .containsOnly(BonusEntryStatus.PENDING);
    }

    @Test
    void aRefundBeforeClosingCancelsTheEntriesAndReversesTheirPendingAmounts() {
        engine.chain(2);
        engine.distributeAndPost(engine.order("c-3", "m2", "100", OLD));
        engine.distributeAndPost(engine.order("c-4", "m2", "10", RECENT));
        engine.bonuses.markRefunded("c-3", OLD.plusSeconds(3600));
        engine.bonuses.markRefunded("c-4", RECENT.plusSeconds(3600));

        ClosingRun run = engine.closings.close(CUTOFF, "finance");

        assertThat(run.cancelledEntries())
                .as("refunds cancel whatever the order's age")
                .isEqualTo(8);
        assertThat(run.confirmedEntries()).isZero();
        // (35 + 2) % of 100 and of 10
        assertThat(run.cancelledAmount()).isEqualByComparingTo("40.7");
        assertThat(engine.points("m1").pending()).isEqualByComparingTo("0");
        assertThat(engine.points("m1").available()).isEqualByComparingTo("0");
        assertThat(engine.orders.entriesOfOrder("c-3"))
                .extracting(BonusEntry::status)
                .containsOnly(BonusEntryStatus.CANCELLED);
    }

    @Test
    void runningAClosingAgainIsANoOp() {
        engine.chain(3);
        engine.distributeAndPost(engine.order("c-5", "m3", "100", OLD));
        ClosingRun first = engine.closings.close(CUTOFF, "finance");
        engine.distributeAndPost(engine.order("c-6", "m3", "100", OLD));

        ClosingRun again = engine.closings.close(CUTOFF, "finance");

        assertThat(again).isEqualTo(first);
        assertThat(engine.points("m2").available()).isEqualByComparingTo("31");
        assertThat(engine.points("m2").pending())
                .as("c-6 waits for the next cut-off")
                .isEqualByComparingTo("31");
        assertThat(engine.closings.close(CUTOFF.plusSeconds(1), "finance").confirmedEntries())
                .isEqualTo(6);
    }

    @Test
    void anInterruptedClosingResumesAfterItsLastCommittedChunk() {
        engine.chain(3);
        engine.distributeAndPost(engine.order("c-7", "m3", "100", OLD));
        engine.distributeAndPost(engine.order("c-8", "m3", "50", OLD));
        engine.closingRuns.insertIfAbsent(CUTOFF, CUTOFF.minus(Duration.ofDays(2)), 12, "finance", CUTOFF);
        long id = engine.closingRuns.findByCutoff(CUTOFF).orElseThrow().id();
        engine.closings.processChunk(id);
        assertThat(engine.closingRuns.find(id).orElseThrow().processedEntries()).isEqualTo(4);

        ClosingRun resumed = engine.closings.close(CUTOFF, "finance");

        assertThat(resumed.processedEntries()).isEqualTo(12);
        assertThat(resumed.confirmedAmount()).isEqualByComparingTo("64.5");
        assertThat(resumed.chunks()).isEqualTo(3);
        assertThat(engine.points("m2").pending()).isEqualByComparingTo("0");
        assertThat(engine.points("m2").available()).isEqualByComparingTo("46.5");
    }

    @Test
    void aCutoffInTheFutureIsRefused() {
        assertThatThrownBy(() -> engine.closings.close(Instant.now().plusSeconds(3600), "finance"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        failure -> assertThat(failure.code()).isEqualTo("cutoff_in_future"));
    }
}

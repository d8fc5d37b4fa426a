package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusPlans;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.PaidOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of the bonus repositories must do; run on memory, H2 and PostgreSQL. */
abstract class BonusRepositoryContract {

    static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");
    static final Instant OLD = NOW.minus(10, ChronoUnit.DAYS);

    record Repositories(BonusOrderRepository orders, ClosingRepository closings) {}

    private BonusOrderRepository orders;
    private ClosingRepository closings;

    abstract Repositories createRepositories();

    @BeforeEach
    void setUp() {
        Repositories repositories = createRepositories();
        orders = repositories.orders();
        closings = repositories.closings();
    }

    @Test
    void anOrderIsStoredOnceWithWhatItsDistributionCreated() {
        PaidOrder order = order("o-1", "buyer", OLD);

        assertThat(orders.insertOrder(order, 2, new BigDecimal("31"), NOW)).isTrue();
        assertThat(orders.insertOrder(order, 5, new BigDecimal("99"), NOW)).isFalse();

        StoredOrder stored = orders.findOrder("o-1").orElseThrow();
        assertThat(stored.entryCount()).isEqualTo(2);
        assertThat(stored.bonusTotal()).isEqualByComparingTo("31");
        assertThat(stored.paidAt().truncatedTo(ChronoUnit.MILLIS)).isEqualTo(OLD.truncatedTo(ChronoUnit.MILLIS));
        assertThat(stored.refundedAt()).isNull();
        assertThat(orders.findOrder("missing")).isEmpty();
    }

    @Test
    void entriesAreWrittenPendingAndListedPerOrderAndBeneficiary() {
        PaidOrder order = distribute("o-2", OLD, "alice", "bob");

        List<BonusEntry> entries = orders.entriesOfOrder(order.orderReference());

        assertThat(entries).extracting(BonusEntry::beneficiaryMemberId).containsExactly("alice", "bob");
        assertThat(entries.get(0).status()).isEqualTo(BonusEntryStatus.PENDING);
        assertThat(entries.get(0).type()).isEqualTo(BonusType.REFERRAL);
        assertThat(entries.get(0).level()).isEqualTo(1);
        assertThat(entries.get(0).percentage()).isEqualByComparingTo("30");
        assertThat(entries.get(0).amount()).isEqualByComparingTo("30");
        assertThat(entries.get(0).sourceMemberId()).isEqualTo("buyer");
        assertThat(entries.get(0).closingId()).isNull();
        distribute("o-3", OLD, "alice");
        List<BonusEntry> alice = orders.entriesOfBeneficiary("alice", Long.MAX_VALUE, 10);
        assertThat(alice).extracting(BonusEntry::orderReference).containsExactly("o-3", "o-2");
        assertThat(orders.entriesOfBeneficiary("alice", alice.get(0).id(), 10)).hasSize(1);
    }

    @Test
    void aRefundIsRecordedOnce() {
        distribute("o-4", OLD, "alice");

        assertThat(orders.markRefunded("o-4", NOW)).isTrue();
        assertThat(orders.markRefunded("o-4", NOW.plusSeconds(5))).isFalse();
        assertThat(orders.markRefunded("missing", NOW)).isFalse();
        assertThat(orders.findOrder("o-4").orElseThrow().refundedAt().truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(NOW.truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void closableEntriesAreRefundedOnesAndOldOnesInKeysetOrderWithinARange() {
        Instant paidBefore = NOW.minus(2, ChronoUnit.DAYS);
        distribute("old", OLD, "carol", "alice");
        distribute("recent", NOW, "alice", "bob");
        distribute("refunded", NOW, "bob", "dave");
        orders.markRefunded("refunded", NOW);

        List<ClosableEntry> all = closings.closableIn(paidBefore, new ClosingRange(1, "", null));

        assertThat(closings.countClosable(paidBefore)).isEqualTo(4);
        assertThat(all).extracting(ClosableEntry::beneficiaryMemberId).containsExactly("alice", "bob", "carol", "dave");
        assertThat(all).extracting(ClosableEntry::orderRefunded).containsExactly(false, true, false, true);
        assertThat(closings.closableIn(paidBefore, new ClosingRange(1, "", "bob")))
                .extracting(ClosableEntry::beneficiaryMemberId)
                .containsExactly("alice", "bob");
        assertThat(closings.closableIn(paidBefore, new ClosingRange(2, "bob", null)))
                .extracting(ClosableEntry::beneficiaryMemberId)
                .containsExactly("carol", "dave");
    }

    @Test
    void rangesGroupWholeMembersByEntriesAndAreClaimedOnceUntilTheLeaseEnds() {
        distribute("r-1", OLD, "alice", "bob", "carol");
        distribute("r-2", OLD, "alice", "bob", "dave");
        distribute("r-3", OLD, "erin");

        List<String> ends = closings.rangeEnds(NOW, 3);

        assertThat(ends)
                .as("alice 2, bob 2 | carol 1, dave 1 | erin 1: a group per 3 entries counted before a member")
                .containsExactly("bob", "dave");
        assertThat(closings.rangeEnds(NOW, 100)).isEmpty();
        closings.insertIfAbsent(NOW, NOW, 7, "finance", NOW);
        long closingId = closings.findByCutoff(NOW).orElseThrow().id();
        assertThat(closings.hasRanges(closingId)).isFalse();
        closings.addRanges(closingId, ClosingRange.split(ends, 1));
        assertThat(closings.hasRanges(closingId)).isTrue();
        assertThat(closings.closableIn(NOW, new ClosingRange(2, "bob", null)))
                .extracting(ClosableEntry::beneficiaryMemberId)
                .containsExactly("carol", "dave", "erin");

        assertThat(closings.claimRange(closingId, "w1", NOW, NOW.plusSeconds(60)))
                .contains(1);
        assertThat(closings.claimRange(closingId, "w2", NOW, NOW.plusSeconds(60)))
                .contains(2);
        assertThat(closings.claimRange(closingId, "w3", NOW, NOW.plusSeconds(60)))
                .contains(3);
        assertThat(closings.claimRange(closingId, "w4", NOW, NOW.plusSeconds(60)))
                .isEmpty();
        assertThat(closings.lockClaimedRange(closingId, 1, "w2")).isEmpty();
        assertThat(closings.claimRange(closingId, "w3", NOW.plusSeconds(61), NOW.plusSeconds(120)))
                .as("range 1's lease ended")
                .contains(1);
        assertThat(closings.lockClaimedRange(closingId, 1, "w1"))
                .as("taken over")
                .isEmpty();
        assertThat(closings.lockClaimedRange(closingId, 1, "w3")).contains(new ClosingRange(1, "", "bob"));
        closings.rangeDone(closingId, 1, 4, NOW);
        assertThat(closings.pendingRanges(closingId)).isEqualTo(2);
        assertThat(closings.lockClaimedRange(closingId, 1, "w3")).as("done").isEmpty();
        assertThat(closings.claimRange(closingId, "w4", NOW.plusSeconds(200), NOW.plusSeconds(260)))
                .contains(2);
    }

    @Test
    void onlyPendingEntriesMoveAndMovedOnesAreNoLongerClosable() {
        distribute("o-5", OLD, "alice", "bob");
        List<ClosableEntry> entries = closings.closableIn(NOW, new ClosingRange(1, "", null));
        closings.insertIfAbsent(NOW, NOW, 2, "finance", NOW);
        long closingId = closings.findByCutoff(NOW).orElseThrow().id();
        List<Long> ids = entries.stream().map(ClosableEntry::id).toList();

        assertThat(closings.moveEntries(ids, BonusEntryStatus.CONFIRMED, closingId, NOW))
                .isEqualTo(2);
        assertThat(closings.moveEntries(ids, BonusEntryStatus.CANCELLED, closingId, NOW))
                .isZero();
        assertThat(closings.closableIn(NOW, new ClosingRange(1, "", null))).isEmpty();
        assertThat(orders.entriesOfOrder("o-5")).allSatisfy(entry -> {
            assertThat(entry.status()).isEqualTo(BonusEntryStatus.CONFIRMED);
            assertThat(entry.closingId()).isEqualTo(closingId);
        });
    }

    @Test
    void aClosingIsCreatedOncePerCutoffAndItsProgressIsSaved() {
        assertThat(closings.insertIfAbsent(NOW, OLD, 7, "finance", NOW)).isTrue();
        assertThat(closings.insertIfAbsent(NOW, OLD, 99, "other", NOW)).isFalse();
        ClosingRun run = closings.findByCutoff(NOW).orElseThrow();

        assertThat(run.totalEntries()).isEqualTo(7);
        assertThat(run.status()).isEqualTo(ClosingStatus.RUNNING);
        assertThat(run.startedBy()).isEqualTo("finance");
        ClosingRun progressed = new ClosingRun(
                run.id(),
                run.cutoff(),
                run.paidBefore(),
                ClosingStatus.COMPLETED,
                7,
                new ClosingTotals(7, 5, 2, new BigDecimal("12.5"), new BigDecimal("0.00000001"), 3),
                "zed",
                42L,
                run.startedBy(),
                run.startedAt(),
                NOW);
        closings.saveProgress(progressed);
        ClosingRun stored = closings.lock(run.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(stored.confirmedAmount()).isEqualByComparingTo("12.5");
        assertThat(stored.cancelledAmount()).isEqualByComparingTo("0.00000001");
        assertThat(stored.lastBeneficiaryMemberId()).isEqualTo("zed");
        assertThat(stored.lastEntryId()).isEqualTo(42L);
        assertThat(stored.finishedAt()).isNotNull();
        assertThat(closings.recent(Long.MAX_VALUE, 5))
                .extracting(ClosingRun::id)
                .containsExactly(run.id());
        assertThat(closings.recent(run.id(), 5)).isEmpty();
        assertThat(closings.find(run.id() + 1000)).isEmpty();
    }

    private PaidOrder distribute(String reference, Instant paidAt, String... beneficiaries) {
        PaidOrder order = order(reference, "buyer", paidAt);
        List<PlannedEntry> planned = new ArrayList<>();
        for (int index = 0; index < beneficiaries.length; index++) {
            planned.add(new PlannedEntry(
                    BonusPlans.DEFAULT,
                    order.pvAmount(),
                    BonusType.REFERRAL,
                    index + 1,
                    beneficiaries[index],
                    new BigDecimal("30"),
                    new BigDecimal("30")));
        }
        orders.insertOrder(order, planned.size(), BonusCalculator.total(planned), NOW);
        orders.insertEntries(order, planned, NOW);
        return order;
    }

    private static PaidOrder order(String reference, String buyer, Instant paidAt) {
        return new PaidOrder(reference, buyer, new BigDecimal("100"), paidAt);
    }
}

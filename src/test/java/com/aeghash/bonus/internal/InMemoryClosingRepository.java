package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Closings in memory over the entries of an {@link InMemoryBonusOrderRepository}. */
public class InMemoryClosingRepository implements ClosingRepository {

    private final InMemoryBonusOrderRepository store;
    private final List<ClosingRun> runs = new ArrayList<>();

    public InMemoryClosingRepository(InMemoryBonusOrderRepository store) {
        this.store = store;
    }

    @Override
    public long countClosable(Instant paidBefore) {
        synchronized (store) {
            return closable(paidBefore).count();
        }
    }

    @Override
    public synchronized boolean insertIfAbsent(
            Instant cutoff, Instant paidBefore, long totalEntries, String startedBy, Instant startedAt) {
        if (findByCutoff(cutoff).isPresent()) {
            return false;
        }
        runs.add(ClosingRun.started(runs.size() + 1, cutoff, paidBefore, totalEntries, startedBy, startedAt));
        return true;
    }

    @Override
    public synchronized Optional<ClosingRun> findByCutoff(Instant cutoff) {
        return runs.stream().filter(run -> run.cutoff().equals(cutoff)).findFirst();
    }

    @Override
    public synchronized Optional<ClosingRun> find(long id) {
        return runs.stream().filter(run -> run.id() == id).findFirst();
    }

    @Override
    public Optional<ClosingRun> lock(long id) {
        return find(id);
    }

    @Override
    public synchronized List<ClosingRun> recent(long beforeId, int limit) {
        return runs.stream()
                .filter(run -> run.id() < beforeId)
                .sorted(Comparator.comparingLong(ClosingRun::id).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<ClosableEntry> closableAfter(
            Instant paidBefore, String afterBeneficiaryMemberId, long afterEntryId, int limit) {
        synchronized (store) {
            return closable(paidBefore)
                    .filter(entry -> entry.beneficiaryMemberId().compareTo(afterBeneficiaryMemberId) > 0
                            || (entry.beneficiaryMemberId().equals(afterBeneficiaryMemberId)
                                    && entry.id() > afterEntryId))
                    .sorted(InMemoryBonusOrderRepository.KEYSET)
                    .limit(limit)
                    .map(entry -> new ClosableEntry(
                            entry.id(),
                            entry.beneficiaryMemberId(),
                            entry.amount(),
                            store.orders.get(entry.orderReference()).refundedAt() != null))
                    .toList();
        }
    }

    @Override
    public int moveEntries(List<Long> entryIds, BonusEntryStatus status, long closingId, Instant closedAt) {
        synchronized (store) {
            int moved = 0;
            for (Long id : entryIds) {
                BonusEntry entry = store.entries.get(id);
                if (entry != null && entry.status() == BonusEntryStatus.PENDING) {
                    store.entries.put(id, entry.closedAs(status, closingId));
                    moved++;
                }
            }
            return moved;
        }
    }

    @Override
    public void recordDebtRecoveries(long closingId, int chunk, DebtRecovery recovery, Instant recoveredAt) {
        synchronized (store) {
            recovery.recoveredByMember()
                    .forEach((member, amount) -> store.recoveries.add(new Object[] {closingId, member, amount}));
        }
    }

    @Override
    public synchronized void saveProgress(ClosingRun run) {
        runs.replaceAll(existing -> existing.id() == run.id() ? run : existing);
    }

    private Stream<BonusEntry> closable(Instant paidBefore) {
        return store.entries.values().stream()
                .filter(entry -> entry.status() == BonusEntryStatus.PENDING)
                .filter(entry -> !store.queuedCredits.contains(entry.orderReference()))
                .filter(entry -> {
                    StoredOrder order = store.orders.get(entry.orderReference());
                    return order.refundedAt() != null || order.paidAt().isBefore(paidBefore);
                });
    }
}

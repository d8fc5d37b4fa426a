package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusClawback;
import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Clawbacks in memory over the entries of an {@link InMemoryBonusOrderRepository} (its monitor is the lock). */
public class InMemoryClawbackRepository implements ClawbackRepository {

    private final InMemoryBonusOrderRepository store;

    public InMemoryClawbackRepository(InMemoryBonusOrderRepository store) {
        this.store = store;
    }

    @Override
    public void lockAgainstClosings() {
        // in memory every call is serialized on the store
    }

    @Override
    public List<ConfirmedEntry> confirmedEntriesOf(String orderReference) {
        synchronized (store) {
            return store.entries.values().stream()
                    .filter(entry -> entry.orderReference().equals(orderReference)
                            && entry.status() == BonusEntryStatus.CONFIRMED)
                    .map(entry -> new ConfirmedEntry(
                            entry.id(), entry.beneficiaryMemberId(), entry.amount(), entry.closingId()))
                    .toList();
        }
    }

    @Override
    public int markClawedBack(List<Long> entryIds, Instant at) {
        synchronized (store) {
            int moved = 0;
            for (Long id : entryIds) {
                BonusEntry entry = store.entries.get(id);
                if (entry != null && entry.status() == BonusEntryStatus.CONFIRMED) {
                    store.entries.put(id, entry.closedAs(BonusEntryStatus.CLAWED_BACK, entry.closingId()));
                    moved++;
                }
            }
            return moved;
        }
    }

    @Override
    public void insertClawbacks(List<BonusClawback> clawbacks) {
        synchronized (store) {
            store.clawbacks.addAll(clawbacks);
        }
    }

    @Override
    public List<BonusClawback> clawbacksOfOrder(String orderReference) {
        synchronized (store) {
            return store.clawbacks.stream()
                    .filter(clawback -> clawback.orderReference().equals(orderReference))
                    .toList();
        }
    }

    @Override
    public BigDecimal recoveredIn(long closingId) {
        synchronized (store) {
            return store.recoveries.stream()
                    .filter(row -> (long) row[0] == closingId)
                    .map(row -> (BigDecimal) row[2])
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}

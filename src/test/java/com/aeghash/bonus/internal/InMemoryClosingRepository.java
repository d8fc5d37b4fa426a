package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Closings in memory over the entries of an {@link InMemoryBonusOrderRepository}. */
public class InMemoryClosingRepository implements ClosingRepository {

    private final InMemoryBonusOrderRepository store;
    private final List<ClosingRun> runs = new ArrayList<>();
    private final List<RangeRow> ranges = new ArrayList<>();

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
    public void lockClosings() {
        // one closing at a time in memory: nothing to lock
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
    public boolean enterChunk(long closingId) {
        return olderRunning(closingId).isEmpty();
    }

    @Override
    public synchronized List<Long> olderRunning(long closingId) {
        return runs.stream()
                .filter(run -> run.id() < closingId && run.status() == ClosingStatus.RUNNING)
                .map(ClosingRun::id)
                .toList();
    }

    @Override
    public List<String> rangeEnds(Instant paidBefore, int entriesPerRange) {
        Map<String, Long> entriesByMember;
        synchronized (store) {
            entriesByMember = closable(paidBefore)
                    .collect(Collectors.groupingBy(
                            BonusEntry::beneficiaryMemberId, TreeMap::new, Collectors.counting()));
        }
        Map<Long, String> lastByGroup = new TreeMap<>();
        long before = 0;
        for (Map.Entry<String, Long> member : entriesByMember.entrySet()) {
            lastByGroup.put(before / entriesPerRange, member.getKey());
            before += member.getValue();
        }
        List<String> ends = new ArrayList<>(lastByGroup.values());
        return ends.isEmpty() ? ends : ends.subList(0, ends.size() - 1);
    }

    @Override
    public synchronized boolean hasRanges(long closingId) {
        return ranges.stream().anyMatch(row -> row.closingId == closingId);
    }

    @Override
    public synchronized void addRanges(long closingId, List<ClosingRange> closingRanges) {
        closingRanges.forEach(range -> ranges.add(new RangeRow(closingId, range)));
    }

    @Override
    public synchronized Optional<Integer> claimRange(long closingId, String worker, Instant now, Instant leaseUntil) {
        Optional<RangeRow> free = ranges.stream()
                .filter(row -> row.closingId == closingId && !row.done)
                .filter(row -> row.leaseUntil == null || row.leaseUntil.isBefore(now))
                .findFirst();
        free.ifPresent(row -> {
            row.worker = worker;
            row.leaseUntil = leaseUntil;
        });
        return free.map(row -> row.range.chunkNo());
    }

    @Override
    public synchronized Optional<ClosingRange> lockClaimedRange(long closingId, int chunkNo, String worker) {
        return range(closingId, chunkNo)
                .filter(row -> !row.done && worker.equals(row.worker))
                .map(row -> row.range);
    }

    @Override
    public synchronized void releaseRange(long closingId, int chunkNo, String worker) {
        range(closingId, chunkNo)
                .filter(row -> !row.done && worker.equals(row.worker))
                .ifPresent(row -> {
                    row.worker = null;
                    row.leaseUntil = null;
                });
    }

    @Override
    public synchronized void rangeDone(long closingId, int chunkNo, int entries, Instant doneAt) {
        RangeRow row =
                range(closingId, chunkNo).filter(pending -> !pending.done).orElseThrow();
        row.done = true;
        row.leaseUntil = null;
    }

    @Override
    public synchronized long pendingRanges(long closingId) {
        return ranges.stream()
                .filter(row -> row.closingId == closingId && !row.done)
                .count();
    }

    private Optional<RangeRow> range(long closingId, int chunkNo) {
        return ranges.stream()
                .filter(row -> row.closingId == closingId && row.range.chunkNo() == chunkNo)
                .findFirst();
    }

    @Override
    public List<ClosableEntry> closableIn(Instant paidBefore, ClosingRange range) {
        synchronized (store) {
            return closable(paidBefore)
                    .filter(entry -> range.holds(entry.beneficiaryMemberId()))
                    .sorted(InMemoryBonusOrderRepository.KEYSET)
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

    @Override
    public synchronized boolean addChunk(long closingId, ClosingChunk chunk) {
        ClosingRun run = find(closingId).orElseThrow();
        if (run.status() != ClosingStatus.RUNNING) {
            return false;
        }
        saveProgress(run.afterChunk(chunk));
        return true;
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

    /** A range of a closing and its claim. */
    private static final class RangeRow {
        private final long closingId;
        private final ClosingRange range;
        private String worker;
        private Instant leaseUntil;
        private boolean done;

        RangeRow(long closingId, ClosingRange range) {
            this.closingId = closingId;
            this.range = range;
        }
    }
}

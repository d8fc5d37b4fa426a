package com.aeghash.organization.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/** Sales volume events in memory, for unit tests without a database; reads placements from the binary tree. */
public class InMemorySalesVolumeEventRepository implements SalesVolumeEventRepository {

    private final BinaryTreeRepository binary;
    private final TreeMap<Long, Pending> events = new TreeMap<>();
    private long lastId;

    public InMemorySalesVolumeEventRepository(BinaryTreeRepository binary) {
        this.binary = binary;
    }

    private record Pending(String memberId, BigDecimal pvDelta) {}

    @Override
    public synchronized boolean append(String memberId, BigDecimal pvDelta, Instant recordedAt) {
        if (binary.find(memberId).isEmpty()) {
            return false;
        }
        events.put(++lastId, new Pending(memberId, pvDelta));
        return true;
    }

    @Override
    public synchronized List<SalesVolumeEvent> oldest(int limit) {
        return events.entrySet().stream()
                .limit(limit)
                .map(entry -> {
                    BinaryNode node = binary.find(entry.getValue().memberId()).orElseThrow();
                    return new SalesVolumeEvent(
                            entry.getKey(),
                            node.memberId(),
                            entry.getValue().pvDelta(),
                            node.depth(),
                            node.position(),
                            node.path());
                })
                .toList();
    }

    @Override
    public synchronized int delete(List<Long> eventIds) {
        return (int) eventIds.stream().filter(id -> events.remove(id) != null).count();
    }
}

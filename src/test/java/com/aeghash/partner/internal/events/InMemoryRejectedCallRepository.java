package com.aeghash.partner.internal.events;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link RejectedCallRepository} in memory, for unit tests; {@link #failNextInsert()} makes one write fail. */
class InMemoryRejectedCallRepository implements RejectedCallRepository {

    private final Map<Long, RejectedCalls> rows = new TreeMap<>();
    private long nextId = 1;
    private boolean failNextInsert;

    @Override
    public synchronized void insertAll(List<RejectedCalls> newRows) {
        if (failNextInsert) {
            failNextInsert = false;
            throw new IllegalStateException("the database is down (simulated)");
        }
        for (RejectedCalls row : newRows) {
            long id = nextId++;
            rows.put(id, row.withId(id));
        }
    }

    @Override
    public synchronized List<RejectedCalls> recent(long beforeId, int limit) {
        return rows.values().stream()
                .filter(row -> row.id() < beforeId)
                .sorted(Comparator.comparingLong(RejectedCalls::id).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized int purgeLastCallBefore(Instant cutoff, int limit) {
        List<Long> old = rows.values().stream()
                .filter(row -> row.lastCallAt().isBefore(cutoff))
                .map(RejectedCalls::id)
                .limit(limit)
                .toList();
        old.forEach(rows::remove);
        return old.size();
    }

    synchronized void failNextInsert() {
        failNextInsert = true;
    }
}

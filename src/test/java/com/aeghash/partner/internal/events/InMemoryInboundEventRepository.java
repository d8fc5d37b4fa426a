package com.aeghash.partner.internal.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link InboundEventRepository} in memory, for unit tests. */
class InMemoryInboundEventRepository implements InboundEventRepository {

    private final Map<Long, InboundEvent> events = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized long insert(InboundEvent event) {
        long id = nextId++;
        events.put(id, event.withId(id));
        return id;
    }

    @Override
    public synchronized Optional<InboundEvent> find(long id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public synchronized List<InboundEvent> recent(boolean failedOnly, long beforeId, int limit) {
        return events.values().stream()
                .filter(event -> !failedOnly || event.isReprocessable())
                .filter(event -> event.id() < beforeId)
                .sorted(Comparator.comparingLong(InboundEvent::id).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void recordReprocessing(long id, InboundEvent.Reprocessing reprocessing) {
        events.computeIfPresent(id, (key, event) -> event.withReprocessing(reprocessing));
    }

    @Override
    public synchronized int purgeReceivedBefore(Instant cutoff, int limit) {
        List<Long> old = new ArrayList<>();
        for (InboundEvent event : events.values()) {
            if (old.size() < limit && event.receivedAt().isBefore(cutoff)) {
                old.add(event.id());
            }
        }
        old.forEach(events::remove);
        return old.size();
    }
}

package com.aeghash.risk.internal;

import com.aeghash.risk.RiskEvent;
import com.aeghash.risk.RiskSeverity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings log in memory, for unit tests. */
public class InMemoryRiskEventRepository implements RiskEventRepository {

    private final List<RiskEvent> events = new ArrayList<>();

    @Override
    public synchronized RiskEvent insert(RiskEvent event) {
        RiskEvent stored = event.withId(events.size() + 1L);
        events.add(stored);
        return stored;
    }

    @Override
    public synchronized List<RiskEvent> find(String memberId, RiskSeverity severity, int offset, int limit) {
        return events.stream()
                .filter(event -> memberId == null || event.memberId().equals(memberId))
                .filter(event -> severity == null || event.severity() == severity)
                .sorted(Comparator.comparingLong(RiskEvent::id).reversed())
                .skip(Math.max(offset, 0))
                .limit(Math.min(Math.max(limit, 1), LIMIT_MAX))
                .toList();
    }

    @Override
    public synchronized List<RiskEvent> findFrom(
            String memberId, RiskSeverity severity, long fromId, boolean newestFirst, int limit) {
        List<RiskEvent> newest = find(memberId, severity, 0, Integer.MAX_VALUE);
        return events.stream()
                .filter(newest::contains)
                .filter(event -> newestFirst ? event.id() < fromId : event.id() > fromId)
                .sorted(
                        newestFirst
                                ? Comparator.comparingLong(RiskEvent::id).reversed()
                                : Comparator.comparingLong(RiskEvent::id))
                .limit(Math.min(Math.max(limit, 1), LIMIT_MAX))
                .toList();
    }

    /** Every event, oldest first. */
    public synchronized List<RiskEvent> all() {
        return new ArrayList<>(events);
    }
}

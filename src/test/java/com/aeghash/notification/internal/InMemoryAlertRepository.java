package com.aeghash.notification.internal;

import com.aeghash.notification.RecordedAlert;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The alert history in memory, for unit tests. */
public class InMemoryAlertRepository implements AlertRepository {

    private static final Comparator<RecordedAlert> NEWEST_FIRST =
            Comparator.comparing(RecordedAlert::raisedAt).reversed().thenComparing(RecordedAlert::id);
    private final Map<UUID, RecordedAlert> alerts = new ConcurrentHashMap<>();

    @Override
    public void insert(RecordedAlert alert) {
        alerts.put(alert.id(), alert);
    }

    @Override
    public void markDelivered(UUID id, Instant deliveredAt) {
        alerts.computeIfPresent(
                id,
                (key, alert) -> alert.deliveredAt() != null
                        ? alert
                        : new RecordedAlert(alert.id(), alert.raisedAt(), alert.alert(), deliveredAt));
    }

    @Override
    public Optional<RecordedAlert> find(UUID id) {
        return Optional.ofNullable(alerts.get(id));
    }

    @Override
    public List<RecordedAlert> recent(int limit) {
        return alerts.values().stream()
                .sorted(NEWEST_FIRST)
                .limit(Math.min(Math.max(limit, 1), LIMIT_MAX))
                .toList();
    }

    @Override
    public List<RecordedAlert> recentAfter(Instant raisedAt, UUID id, int limit) {
        return alerts.values().stream()
                .filter(alert -> alert.raisedAt().isBefore(raisedAt)
                        || (alert.raisedAt().equals(raisedAt) && alert.id().compareTo(id) > 0))
                .sorted(NEWEST_FIRST)
                .limit(Math.min(Math.max(limit, 1), LIMIT_MAX))
                .toList();
    }
}

package com.aeghash.notification.internal;

import com.aeghash.notification.RecordedAlert;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The alert history; SQL ({@link JdbcAlertRepository}) and in memory ({@code InMemoryAlertRepository}). */
interface AlertRepository {

    int LIMIT_MAX = 500;

    void insert(RecordedAlert alert);

    /** Sets the delivery time once; later calls (a redelivery) keep the first time. */
    void markDelivered(UUID id, Instant deliveredAt);

    /** Newest first, ties by id. */
    List<RecordedAlert> recent(int limit);

    /** The page after the alert at ({@code raisedAt}, {@code id}) in the order of {@link #recent}. */
    List<RecordedAlert> recentAfter(Instant raisedAt, UUID id, int limit);

    Optional<RecordedAlert> find(UUID id);
}

package com.aeghash.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the alerts raised so far, newest first (the console's alert page). */
public interface AlertHistory {

    /** At most {@code limit} (capped at 500) alerts, newest first. */
    List<RecordedAlert> recent(int limit);

    /**
     * The alerts after the one raised at {@code raisedAt} with {@code id} in the order of {@link #recent} (newest
     * first, ties by id): a keyset page of at most {@code limit} (capped at 500).
     */
    List<RecordedAlert> recentAfter(Instant raisedAt, UUID id, int limit);

    /** One alert, with what operators did about it. */
    Optional<RecordedAlert> find(UUID id);
}

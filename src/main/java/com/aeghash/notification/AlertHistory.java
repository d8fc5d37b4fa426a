package com.aeghash.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the alerts raised so far, newest first (the console's alert page). */
public interface AlertHistory {

    /** At most {@code limit} (capped at 500) alerts, newest first. */
    List<RecordedAlert> recent(int limit);

    /** One alert, with what operators did about it. */
    Optional<RecordedAlert> find(UUID id);
}

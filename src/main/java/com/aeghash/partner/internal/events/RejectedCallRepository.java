package com.aeghash.partner.internal.events;

import java.time.Instant;
import java.util.List;

/** The rejected-call counts ({@link RejectedCalls}), appended once per flush interval and instance. */
public interface RejectedCallRepository {

    /** Appends the rows (a handful per flush: one per reason, partner and response status). */
    void insertAll(List<RejectedCalls> rows);

    /** Newest first, at most {@code limit}. */
    default List<RejectedCalls> recent(int limit) {
        return recent(Long.MAX_VALUE, limit);
    }

    /** Newest first from below the id {@code beforeId} (a page), at most {@code limit}. */
    List<RejectedCalls> recent(long beforeId, int limit);

    /** Deletes at most {@code limit} rows whose last call is before the cutoff; returns how many. */
    int purgeLastCallBefore(Instant cutoff, int limit);
}

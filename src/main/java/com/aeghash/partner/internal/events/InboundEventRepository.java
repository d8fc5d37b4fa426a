package com.aeghash.partner.internal.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The inbound event log of partner calls (appended per call, re-processing recorded on the row). */
public interface InboundEventRepository {

    /** Appends the event; returns its id. */
    long insert(InboundEvent event);

    Optional<InboundEvent> find(long id);

    /** Newest first, at most {@code limit}; only re-processable failures when {@code failedOnly}. */
    default List<InboundEvent> recent(boolean failedOnly, int limit) {
        return recent(failedOnly, Long.MAX_VALUE, limit);
    }

    /** Newest first from below the id {@code beforeId} (a page), at most {@code limit}. */
    List<InboundEvent> recent(boolean failedOnly, long beforeId, int limit);

    void recordReprocessing(long id, InboundEvent.Reprocessing reprocessing);

    /** Deletes at most {@code limit} events received before the cutoff; returns how many. */
    int purgeReceivedBefore(Instant cutoff, int limit);
}

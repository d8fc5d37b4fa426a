package com.aeghash.organization.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Sales volume waiting to be folded into the binary tree's leg totals (append-only, deleted once folded). */
interface SalesVolumeEventRepository {

    /** Appends the change; false (nothing written) when the member has no node in the binary tree. */
    boolean append(String memberId, BigDecimal pvDelta, Instant recordedAt);

    /** The oldest events (by id) with their members' placement, at most {@code limit}. */
    List<SalesVolumeEvent> oldest(int limit);

    /** Deletes the events; returns how many of them were still there. */
    int delete(List<Long> eventIds);
}

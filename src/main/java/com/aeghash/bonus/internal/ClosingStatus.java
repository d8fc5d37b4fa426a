package com.aeghash.bonus.internal;

import java.util.Map;
import java.util.Set;

/** Lifecycle of a closing run: RUNNING while chunks remain (a crashed run resumes), then COMPLETED for good. */
public enum ClosingStatus {
    RUNNING, COMPLETED;

    private static final Map<ClosingStatus, Set<ClosingStatus>> ALLOWED = Map.of(
            RUNNING, Set.of(COMPLETED),
            COMPLETED, Set.of());

    public boolean canMoveTo(ClosingStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public ClosingStatus moveTo(ClosingStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("closing cannot move from " + this + " to " + next);
        }
        return next;
    }
}

package com.aeghash.bonus.internal;

import java.time.Instant;

/**
 * What a closing does after its last chunk of entries, one committed step at a time, before it completes: the global
 * share ({@link GlobalSharePhase}).
 */
@FunctionalInterface
interface GlobalShareStep {

    /** No global share (the in-memory engine of unit tests). */
    GlobalShareStep NONE = (run, now) -> true;

    /**
     * One step in the caller's transaction, which holds the closings' lock and commits the step with its progress.
     *
     * @return true once the global share is complete (then the closing completes in the same transaction)
     */
    boolean advance(ClosingRun run, Instant now);
}

package com.aeghash.bonus.internal;

import java.time.Instant;

/**
 * What a closing does after its last chunk of entries, one committed step at a time, before it completes: the global
 * share ({@link GlobalSharePhase}).
 */
interface GlobalShareStep {

    /** No global share (the in-memory engine of unit tests). */
    GlobalShareStep NONE = new GlobalShareStep() {
        @Override
        public boolean advance(ClosingRun run, Instant now) {
            return true;
        }

        @Override
        public boolean started(long closingId) {
            return false;
        }
    };

    /**
     * True once the closing's global share has started: the closing then takes no more entries (an entry that became
     * closable after its orders were pooled waits for the next closing, and chunk numbers stay unique per closing).
     */
    boolean started(long closingId);

    /**
     * One step in the caller's transaction, which holds the closings' lock and commits the step with its progress.
     *
     * @return true once the global share is complete (then the closing completes in the same transaction)
     */
    boolean advance(ClosingRun run, Instant now);
}

package com.aeghash.bonus.internal;

/**
 * What a closing carries into the next one, snapshot in the transaction that completes it (docs/modules/bonus.md,
 * "Settlement report"): its report reads the snapshot, so later closings do not change it.
 */
interface ClosingCarry {

    /** Nothing recorded (the in-memory engine of unit tests, closings built by hand in tests). */
    ClosingCarry NONE = run -> 0;

    /**
     * Records what the completing closing leaves behind, in the caller's transaction (which holds the closings' lock
     * and completes the closing); returns the rows written.
     */
    long snapshot(ClosingRun run);
}

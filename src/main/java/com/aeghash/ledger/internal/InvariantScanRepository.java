package com.aeghash.ledger.internal;

import java.util.Optional;

/**
 * The last invariant scan, shared by every instance: the scheduled scan (one instance at a time, under its lock)
 * and operators' on-demand scans record it, every instance's health reads it. Bounded: one row.
 */
interface InvariantScanRepository {

    /** Records the scan unless a scan that started later is already recorded (a slow scan never hides a newer one). */
    void record(InvariantScan scan);

    /** The last recorded scan; empty until the first scan of this database. */
    Optional<InvariantScan> last();
}

package com.aeghash.withdrawal.internal;

import java.util.List;

/** The withdrawal audit trail: append and read, never change or delete. SQL and in memory. */
interface WithdrawalAuditRepository {

    /** Entries of one withdrawal at most (a withdrawal has a dozen at most; this is a guard). */
    int TRAIL_MAX = 1_000;

    /** Appends the entry (its id is ignored) in the caller's transaction. */
    void append(WithdrawalAuditEntry entry);

    /** The withdrawal's entries, oldest first. */
    List<WithdrawalAuditEntry> trailOf(long withdrawalId);
}

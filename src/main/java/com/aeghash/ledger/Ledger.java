package com.aeghash.ledger;

import java.util.List;

/**
 * The ledger's API. Posting joins the caller's transaction (one use case = one transaction); member
 * balance rows are locked in ascending id order, so concurrent postings never deadlock.
 */
public interface Ledger {

    /**
     * Posts one balanced entry (lines of each asset sum to zero), or returns the entry already posted
     * under its reference.
     *
     * @throws InsufficientBalanceException when a member bucket would go below zero (nothing is written)
     * @throws ReferenceConflictException when the reference exists with different lines
     */
    JournalEntry post(EntryRequest request);

    /** Posts many entries with a bounded number of statements (batch jobs); same rules as {@link #post}. */
    List<JournalEntry> postAll(List<EntryRequest> requests);

    MemberBalances balancesOf(String memberId);

    /**
     * Members with a positive balance in the bucket, ordered by member id, after {@code afterMemberId}
     * (null = from the start), at most {@code limit} (capped at 10,000): keyset paging for batch jobs.
     */
    java.util.List<MemberHolding> membersHolding(Asset asset, Bucket bucket, String afterMemberId, int limit);

    /** Runs the full invariant check now (scans postings: for ops and health, not for hot paths). */
    InvariantReport checkInvariants();
}

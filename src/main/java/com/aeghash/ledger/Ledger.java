package com.aeghash.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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
     * One bucket of many members in one statement: the positive balances by member id (a member without one is
     * absent). For batch jobs.
     */
    Map<String, BigDecimal> balancesOf(Asset asset, Bucket bucket, Collection<String> memberIds);

    /**
     * As {@link #balancesOf(Asset, Bucket, Collection)}, locking the members' existing rows of the bucket until the
     * transaction ends (ascending id order, as posting does): a debit computed from these balances and posted in the
     * same transaction cannot be refused because another transaction moved them meanwhile. Requires a transaction.
     */
    Map<String, BigDecimal> lockBalances(Asset asset, Bucket bucket, Collection<String> memberIds);

    /**
     * Members with a positive balance in the bucket, ordered by member id, after {@code afterMemberId}
     * (null = from the start), at most {@code limit} (capped at 10,000): keyset paging for batch jobs.
     */
    List<MemberHolding> membersHolding(Asset asset, Bucket bucket, String afterMemberId, int limit);

    /**
     * Members who held something in the bucket during {@code [from, to)} (a positive balance at {@code from} or a
     * posting in the window), with the balance at {@code from} and the balance integrated over the window, by the
     * postings' times: postings at or after {@code to} change nothing. Ordered by member id after
     * {@code afterMemberId} (null = from the start), at most {@code limit} (capped at 10,000). One statement, each
     * member's postings read from the index by account and time.
     */
    default List<HoldingOverTime> membersHoldingDuring(
            Asset asset, Bucket bucket, Instant from, Instant to, String afterMemberId, int limit) {
        return membersHoldingDuring(asset, bucket, from, to, afterMemberId, null, limit);
    }

    /**
     * As {@link #membersHoldingDuring(Asset, Bucket, Instant, Instant, String, int)}, only the members up to
     * {@code upToMemberId} (inclusive; null = no bound), compared by the database like the keyset: a batch job's range
     * of members {@code (afterMemberId, upToMemberId]}.
     */
    List<HoldingOverTime> membersHoldingDuring(
            Asset asset, Bucket bucket, Instant from, Instant to, String afterMemberId, String upToMemberId, int limit);

    /** Runs the full invariant check now (scans postings: for ops and health, not for hot paths). */
    InvariantReport checkInvariants();
}

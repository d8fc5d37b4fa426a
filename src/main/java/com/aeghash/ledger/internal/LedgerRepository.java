package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.HoldingOverTime;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.MemberHolding;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Storage of accounts, entries and postings. Implemented over SQL ({@link JdbcLedgerRepository}) and in
 * memory ({@code InMemoryLedgerRepository}); both pass the same contract test. Business rules (balanced
 * entries, replay versus conflict, insufficient balance) live in {@link LedgerService}.
 */
interface LedgerRepository {

    /** Ids of the accounts that exist among the given ones. */
    Map<AccountRef, Long> findAccountIds(Collection<AccountRef> accounts);

    /** Creates the accounts that do not exist yet (zero balance; system accounts carry no cached balance). */
    void createAccounts(Collection<AccountRef> accounts, Instant now);

    /**
     * Inserts the entries whose reference is not taken yet and returns their ids by reference. A reference
     * being inserted by a concurrent, uncommitted transaction makes this wait for it (unique index).
     */
    Map<String, Long> insertEntriesIfAbsent(List<EntryRequest> entries, Instant now);

    /** The entries posted under any of the references, with their lines. */
    Map<String, JournalEntry> findEntries(Collection<String> references);

    /** Adds the lines of newly inserted entries. */
    void insertPostings(List<Posting> postings);

    /**
     * Locks the member account rows in ascending id order ({@code FOR UPDATE}: the fixed order keeps
     * concurrent postings free of deadlocks) and returns their cached balances and history positions.
     */
    SortedMap<Long, AccountState> lockMemberAccounts(List<Long> accountIds);

    /** Stores the new states of member accounts locked by {@link #lockMemberAccounts}. */
    void storeAccounts(SortedMap<Long, AccountState> accounts);

    /** Every account of the member with its cached balance. */
    Map<AccountRef, BigDecimal> memberBalances(String memberId);

    /**
     * Positive balances of one bucket of the members, by member id; with {@code lock} their rows are locked
     * ({@code FOR UPDATE}, ascending id order).
     */
    Map<String, BigDecimal> bucketBalances(Asset asset, Bucket bucket, Collection<String> memberIds, boolean lock);

    /** Positive balances of the bucket, ordered by member id, strictly after {@code afterMemberId}. */
    List<MemberHolding> membersHolding(Asset asset, Bucket bucket, String afterMemberId, int limit);

    /**
     * See {@link com.aeghash.ledger.Ledger#membersHoldingDuring}; {@code from} is before {@code to}, {@code upToMemberId}
     * null for no upper bound.
     */
    List<HoldingOverTime> membersHoldingDuring(
            Asset asset, Bucket bucket, Instant from, Instant to, String afterMemberId, String upToMemberId, int limit);

    InvariantReport checkInvariants(Instant now);

    /**
     * Marks the start of one slice of writes. The SQL implementation needs nothing: a failed slice throws
     * and the caller's transaction rolls back. Transactionless implementations snapshot their state here.
     */
    default void beginSlice() {}

    /** Undoes the writes since {@link #beginSlice()} after a failure (see there). */
    default void discardSlice() {}

    /**
     * A member account's row: its cached balance, the last place in its history given out ({@code posting_count})
     * and when its balance last changed.
     */
    record AccountState(BigDecimal balance, long postingCount, Instant updatedAt) {}

    /**
     * One line of a new entry, resolved to its account id, with its place in the account's history once its
     * account is locked ({@link PostingHistory}): when it changes the account, and for a member account its
     * sequence number there and the balance after it (null for a system account).
     */
    record Posting(
            long entryId,
            long accountId,
            Asset asset,
            BigDecimal amount,
            Instant postedAt,
            Long accountSeq,
            BigDecimal balanceAfter) {

        /** A line not placed yet. */
        static Posting of(long entryId, long accountId, Asset asset, BigDecimal amount) {
            return new Posting(entryId, accountId, asset, amount, null, null, null);
        }

        Posting placed(Instant at, Long seq, BigDecimal balance) {
            return new Posting(entryId, accountId, asset, amount, at, seq, balance);
        }
    }
}

package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
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
     * concurrent postings free of deadlocks) and returns their cached balances.
     */
    SortedMap<Long, BigDecimal> lockMemberBalances(List<Long> accountIds);

    /** Stores new cached balances of member accounts locked by {@link #lockMemberBalances}. */
    void storeBalances(SortedMap<Long, BigDecimal> balances, Instant now);

    /** Every account of the member with its cached balance. */
    Map<AccountRef, BigDecimal> memberBalances(String memberId);

    /** Positive balances of the bucket, ordered by member id, strictly after {@code afterMemberId}. */
    List<MemberHolding> membersHolding(Asset asset, Bucket bucket, String afterMemberId, int limit);

    InvariantReport checkInvariants(Instant now);

    /**
     * Marks the start of one slice of writes. The SQL implementation needs nothing: a failed slice throws
     * and the caller's transaction rolls back. Transactionless implementations snapshot their state here.
     */
    default void beginSlice() {}

    /** Undoes the writes since {@link #beginSlice()} after a failure (see there). */
    default void discardSlice() {}

    /** One line of a new entry, resolved to its account id. */
    record Posting(long entryId, long accountId, Asset asset, BigDecimal amount) {}
}

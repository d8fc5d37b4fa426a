package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.ledger.JournalEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Storage of accounts, entries and postings. Implemented over SQL ({@link JdbcLedgerRepository}) and in
 * memory ({@link InMemoryLedgerRepository}); both pass the same contract test. It performs no business
 * checks: {@link LedgerService} validates, locks in order and checks balances before writing.
 */
public interface LedgerRepository {

    /** Ids of the accounts that exist among the given ones. */
    Map<AccountRef, Long> findAccountIds(Collection<AccountRef> accounts);

    /** Creates the accounts that do not exist yet (zero balance; system accounts carry no cached balance). */
    void createAccounts(Collection<AccountRef> accounts, Instant now);

    /** Locks the member account rows in the order given (ascending ids) and returns their balances. */
    Map<Long, BigDecimal> lockMemberBalances(List<Long> accountIds);

    /** The entries already posted under any of the references, with their lines. */
    Map<String, JournalEntry> findEntries(Collection<String> references);

    /** Writes new entries and their postings; returns them in the same order. */
    List<JournalEntry> insertEntries(List<EntryRequest> entries, Map<AccountRef, Long> accountIds, Instant now);

    /** Stores new cached balances of member accounts. */
    void updateBalances(Map<Long, BigDecimal> balances, Instant now);

    /** Every account of the member with its cached balance. */
    Map<AccountRef, BigDecimal> memberBalances(String memberId);

    /** Positive balances of the bucket, ordered by member id, strictly after {@code afterMemberId}. */
    List<com.aeghash.ledger.MemberHolding> membersHolding(com.aeghash.ledger.Asset asset,
            com.aeghash.ledger.Bucket bucket, String afterMemberId, int limit);

    InvariantReport checkInvariants(Instant now);
}

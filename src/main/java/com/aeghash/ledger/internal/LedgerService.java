package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.AssetBalance;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.HoldingOverTime;
import com.aeghash.ledger.InsufficientBalanceException;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.MemberBalances;
import com.aeghash.ledger.MemberHolding;
import com.aeghash.ledger.internal.LedgerRepository.AccountState;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Posts journal entries. Per call, in the caller's transaction:
 * <ol>
 *   <li>validate every entry (balanced per asset, limits);</li>
 *   <li>resolve the account ids (cached; missing accounts are created in a fixed key order);</li>
 *   <li>insert the entries whose reference is free: the unique reference is the idempotency lock, a
 *       concurrent post of the same reference waits for the first and then finds it taken;</li>
 *   <li>entries whose reference was taken are compared with the stored ones: same lines = replay, other
 *       lines = {@link ReferenceConflictException};</li>
 *   <li>lock the member balance rows the new entries touch, in ascending account id order, and compute
 *       their new balances; one below zero aborts the call with {@link InsufficientBalanceException}
 *       (the transaction rolls back, nothing stays written);</li>
 *   <li>store the new balances and write the postings.</li>
 * </ol>
 * Every step is one set-based statement per slice, so a post costs four statements whether it has two lines
 * or a batch job's thousands.
 */
@Service
@Transactional
class LedgerService implements Ledger {

    /** Entries per round of statements, so IN lists and batches stay bounded. */
    static final int SLICE_ENTRIES_MAX = 500;

    static final int HOLDINGS_PAGE_MAX = 10_000;
    private static final Comparator<AccountRef> KEY_ORDER = Comparator.comparing(
                    (AccountRef account) -> account.ownerType())
            .thenComparing(AccountRef::ownerId)
            .thenComparing(AccountRef::asset)
            .thenComparing(
                    account -> account.bucket() == null ? "" : account.bucket().name());

    private final LedgerRepository repository;
    private final Clock clock;
    private final AccountIdCache accountIdCache = new AccountIdCache();

    public LedgerService(LedgerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public JournalEntry post(EntryRequest request) {
        return postAll(List.of(request)).get(0);
    }

    @Override
    public List<JournalEntry> postAll(List<EntryRequest> requests) {
        requests.forEach(EntryValidator::validate);
        requireDistinctReferences(requests);
        List<JournalEntry> results = new ArrayList<>(requests.size());
        for (int start = 0; start < requests.size(); start += SLICE_ENTRIES_MAX) {
            List<EntryRequest> slice = requests.subList(start, Math.min(requests.size(), start + SLICE_ENTRIES_MAX));
            results.addAll(postSlice(slice));
        }
        return results;
    }

    /** One slice of entries, their balances and postings written. */
    private List<JournalEntry> postSlice(List<EntryRequest> requests) {
        repository.beginSlice();
        try {
            return insertSlice(requests);
        } catch (RuntimeException failure) {
            repository.discardSlice();
            throw failure;
        }
    }

    private List<JournalEntry> insertSlice(List<EntryRequest> requests) {
        Instant now = clock.instant();
        Map<AccountRef, Long> accountIds = resolveAccounts(requests, now);
        EntryClaims claims = EntryClaims.claim(repository, requests, now);
        write(EntryWrites.of(claims.fresh(), claims.entryIds(), accountIds));
        return claims.results();
    }

    private Map<AccountRef, Long> resolveAccounts(List<EntryRequest> requests, Instant now) {
        Set<AccountRef> accounts = new TreeSet<>(KEY_ORDER);
        requests.forEach(request -> request.lines().forEach(line -> accounts.add(line.account())));
        Map<AccountRef, Long> ids = accountIdCache.known(accounts);
        if (ids.size() < accounts.size()) {
            List<AccountRef> unknown = accounts.stream()
                    .filter(account -> !ids.containsKey(account))
                    .toList();
            Map<AccountRef, Long> found = repository.findAccountIds(unknown);
            if (found.size() < unknown.size()) {
                repository.createAccounts(
                        unknown.stream()
                                .filter(account -> !found.containsKey(account))
                                .toList(),
                        now);
                found.putAll(repository.findAccountIds(unknown));
            }
            if (found.size() != unknown.size()) {
                throw new IllegalStateException("ledger accounts could not be created");
            }
            rememberAfterCommit(found);
            ids.putAll(found);
        }
        return ids;
    }

    /**
     * Caches account ids only once the transaction that saw them commits: an account created by a
     * transaction that rolls back does not exist, and a cached id for it would point at nothing.
     */
    private void rememberAfterCommit(Map<AccountRef, Long> found) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            accountIdCache.remember(found);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                accountIdCache.remember(found);
            }
        });
    }

    /**
     * Locks the member balance rows in ascending id order, places the postings in their accounts' histories
     * ({@link PostingHistory}), stores the new balances (one below zero aborts the whole transaction), then writes the
     * postings (see {@link EntryWrites} for why in this order).
     */
    private void write(EntryWrites writes) {
        SortedMap<Long, AccountState> locked = new TreeMap<>();
        if (!writes.deltas().isEmpty()) {
            locked = repository.lockMemberAccounts(List.copyOf(writes.deltas().keySet()));
            if (locked.size() != writes.deltas().size()) {
                accountIdCache.clear(); // an account id that no longer resolves: never trust the cache again
                throw new IllegalStateException("ledger accounts disappeared while posting");
            }
        }
        List<LedgerRepository.Posting> postings =
                PostingHistory.place(writes.postings(), locked, clock.instant().truncatedTo(ChronoUnit.MICROS));
        locked.forEach((id, state) -> {
            if (state.balance().signum() < 0) {
                throw new InsufficientBalanceException(writes.accounts().get(id));
            }
        });
        if (!locked.isEmpty()) {
            repository.storeAccounts(locked);
        }
        if (!postings.isEmpty()) {
            repository.insertPostings(postings);
        }
    }

    private static void requireDistinctReferences(List<EntryRequest> requests) {
        Set<String> seen = new HashSet<>();
        for (EntryRequest request : requests) {
            if (!seen.add(request.reference())) {
                throw new IllegalArgumentException("reference " + request.reference() + " appears twice in one batch");
            }
        }
    }

    /**
     * One statement reads every balance row of the member, consistent by itself: outside a transaction it runs
     * without one (no BEGIN/COMMIT round trips on the hottest read of the member app); inside one it joins it.
     */
    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public MemberBalances balancesOf(String memberId) {
        return balancesOf(memberId, repository.memberBalances(memberId));
    }

    /** Every asset with its three buckets, from the balances of the member's accounts (zero where there is none). */
    static MemberBalances balancesOf(String memberId, Map<AccountRef, BigDecimal> stored) {
        List<AssetBalance> balances = Asset.memberAssets().stream()
                .map(asset -> new AssetBalance(
                        asset,
                        bucketOf(stored, memberId, asset, Bucket.AVAILABLE),
                        bucketOf(stored, memberId, asset, Bucket.PENDING),
                        bucketOf(stored, memberId, asset, Bucket.WITHDRAWAL_HOLD)))
                .toList();
        return new MemberBalances(memberId, balances);
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<String, BigDecimal> balancesOf(Asset asset, Bucket bucket, Collection<String> memberIds) {
        return memberIds.isEmpty() ? Map.of() : repository.bucketBalances(asset, bucket, memberIds, false);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, BigDecimal> lockBalances(Asset asset, Bucket bucket, Collection<String> memberIds) {
        return memberIds.isEmpty() ? Map.of() : repository.bucketBalances(asset, bucket, memberIds, true);
    }

    private static BigDecimal bucketOf(
            Map<AccountRef, BigDecimal> stored, String memberId, Asset asset, Bucket bucket) {
        BigDecimal balance = stored.getOrDefault(AccountRef.member(memberId, asset, bucket), BigDecimal.ZERO);
        if (balance.signum() < 0) {
            throw new IllegalStateException("ledger invariant broken: negative balance read for " + memberId);
        }
        return balance;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberHolding> membersHolding(Asset asset, Bucket bucket, String afterMemberId, int limit) {
        return repository.membersHolding(asset, bucket, afterMemberId, Math.min(Math.max(limit, 1), HOLDINGS_PAGE_MAX));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HoldingOverTime> membersHoldingDuring(
            Asset asset,
            Bucket bucket,
            Instant from,
            Instant to,
            String afterMemberId,
            String upToMemberId,
            int limit) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " is not before to " + to);
        }
        return repository.membersHoldingDuring(
                asset, bucket, from, to, afterMemberId, upToMemberId, Math.min(Math.max(limit, 1), HOLDINGS_PAGE_MAX));
    }

    @Override
    @Transactional(readOnly = true)
    public InvariantReport checkInvariants() {
        return repository.checkInvariants(clock.instant());
    }
}

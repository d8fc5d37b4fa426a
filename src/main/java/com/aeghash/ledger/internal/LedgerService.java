package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.AssetBalance;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.InsufficientBalanceException;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.MemberBalances;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts journal entries. Per call, in the caller's transaction:
 * <ol>
 *   <li>validate every entry (balanced per asset, limits);</li>
 *   <li>make sure the accounts exist (created in a fixed key order);</li>
 *   <li>lock the member balance rows in ascending id order ({@code FOR UPDATE});</li>
 *   <li>look the references up <em>after</em> locking, so a concurrent post of the same reference has
 *       committed and is seen: it is returned as a replay instead of being applied twice;</li>
 *   <li>apply the new entries to the locked balances; any member bucket below zero aborts the whole call
 *       with {@link InsufficientBalanceException} before anything is written;</li>
 *   <li>write entries, postings and balances in batches.</li>
 * </ol>
 */
@Service
@Transactional
public class LedgerService implements Ledger {

    /** Entries per round of statements, so IN lists and batches stay bounded. */
    static final int SLICE_ENTRIES_MAX = 500;
    static final int HOLDINGS_PAGE_MAX = 10_000;
    private static final Comparator<AccountRef> KEY_ORDER = Comparator
            .comparing((AccountRef account) -> account.ownerType())
            .thenComparing(AccountRef::ownerId)
            .thenComparing(AccountRef::asset)
            .thenComparing(account -> account.bucket() == null ? "" : account.bucket().name());

    private final LedgerRepository repository;
    private final Clock clock;

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
            results.addAll(postSlice(requests.subList(start, Math.min(requests.size(), start + SLICE_ENTRIES_MAX))));
        }
        return results;
    }

    private List<JournalEntry> postSlice(List<EntryRequest> requests) {
        Instant now = clock.instant();
        Map<AccountRef, Long> accountIds = ensureAccounts(requests, now);
        Map<Long, BigDecimal> balances = repository.lockMemberBalances(memberAccountIdsInOrder(accountIds));
        Map<String, JournalEntry> existing = repository.findEntries(
                requests.stream().map(EntryRequest::reference).toList());

        List<EntryRequest> fresh = new ArrayList<>();
        for (EntryRequest request : requests) {
            JournalEntry previous = existing.get(request.reference());
            if (previous == null) {
                fresh.add(request);
            } else {
                ReplayCheck.requireSameLines(previous, request);
            }
        }
        Map<Long, BigDecimal> changed = applyToBalances(fresh, accountIds, balances);
        Map<String, JournalEntry> written = new HashMap<>();
        for (JournalEntry entry : repository.insertEntries(fresh, accountIds, now)) {
            written.put(entry.reference(), entry);
        }
        repository.updateBalances(changed, now);
        return requests.stream()
                .map(request -> written.containsKey(request.reference())
                        ? written.get(request.reference())
                        : ReplayCheck.replayOf(existing.get(request.reference())))
                .toList();
    }

    private Map<AccountRef, Long> ensureAccounts(List<EntryRequest> requests, Instant now) {
        Set<AccountRef> accounts = new TreeSet<>(KEY_ORDER);
        requests.forEach(request -> request.lines().forEach(line -> accounts.add(line.account())));
        Map<AccountRef, Long> ids = repository.findAccountIds(accounts);
        if (ids.size() < accounts.size()) {
            List<AccountRef> missing = accounts.stream().filter(account -> !ids.containsKey(account)).toList();
            repository.createAccounts(missing, now);
            ids.putAll(repository.findAccountIds(missing));
        }
        if (ids.size() != accounts.size()) {
            throw new IllegalStateException("ledger accounts could not be created");
        }
        return ids;
    }

    private static List<Long> memberAccountIdsInOrder(Map<AccountRef, Long> accountIds) {
        return accountIds.entrySet().stream()
                .filter(entry -> entry.getKey().isMember())
                .map(Map.Entry::getValue)
                .sorted()
                .toList();
    }

    /** New member balances after the fresh entries; throws before anything is written if one goes negative. */
    private static Map<Long, BigDecimal> applyToBalances(List<EntryRequest> fresh, Map<AccountRef, Long> accountIds,
            Map<Long, BigDecimal> balances) {
        Map<Long, BigDecimal> changed = new LinkedHashMap<>();
        Map<Long, AccountRef> accountsById = new HashMap<>();
        for (EntryRequest request : fresh) {
            request.lines().stream().filter(line -> line.account().isMember()).forEach(line -> {
                long id = accountIds.get(line.account());
                accountsById.put(id, line.account());
                BigDecimal current = changed.getOrDefault(id, balances.get(id));
                changed.put(id, current.add(line.amount()));
            });
        }
        changed.forEach((id, balance) -> {
            if (balance.signum() < 0) {
                throw new InsufficientBalanceException(accountsById.get(id));
            }
        });
        return changed;
    }

    private static void requireDistinctReferences(List<EntryRequest> requests) {
        Set<String> seen = new HashSet<>();
        for (EntryRequest request : requests) {
            if (!seen.add(request.reference())) {
                throw new IllegalArgumentException("reference " + request.reference() + " appears twice in one batch");
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public MemberBalances balancesOf(String memberId) {
        Map<AccountRef, BigDecimal> stored = repository.memberBalances(memberId);
        List<AssetBalance> balances = Arrays.stream(Asset.values())
                .map(asset -> new AssetBalance(asset,
                        bucketOf(stored, memberId, asset, Bucket.AVAILABLE),
                        bucketOf(stored, memberId, asset, Bucket.PENDING),
                        bucketOf(stored, memberId, asset, Bucket.WITHDRAWAL_HOLD)))
                .toList();
        return new MemberBalances(memberId, balances);
    }

    private static BigDecimal bucketOf(Map<AccountRef, BigDecimal> stored, String memberId, Asset asset, Bucket bucket) {
        BigDecimal balance = stored.getOrDefault(AccountRef.member(memberId, asset, bucket), BigDecimal.ZERO);
        if (balance.signum() < 0) {
            throw new IllegalStateException("ledger invariant broken: negative balance read for " + memberId);
        }
        return balance;
    }

    @Override
    @Transactional(readOnly = true)
    public List<com.aeghash.ledger.MemberHolding> membersHolding(Asset asset, Bucket bucket, String afterMemberId,
            int limit) {
        return repository.membersHolding(asset, bucket, afterMemberId, Math.min(Math.max(limit, 1), HOLDINGS_PAGE_MAX));
    }

    @Override
    @Transactional(readOnly = true)
    public InvariantReport checkInvariants() {
        return repository.checkInvariants(clock.instant());
    }
}

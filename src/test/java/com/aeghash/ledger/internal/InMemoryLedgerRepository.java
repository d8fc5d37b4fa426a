package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.HoldingOverTime;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.MemberHolding;
import com.aeghash.ledger.PostingLine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ledger in memory, for unit tests of services. It has no row locks; instead of a transaction it
 * snapshots its state at the start of each slice and restores it when the slice fails.
 */
public class InMemoryLedgerRepository implements LedgerRepository {

    private Snapshot snapshot;

    private final Map<AccountRef, Long> accountIds = new HashMap<>();
    private final Map<Long, AccountState> balances = new HashMap<>();
    private final Map<String, JournalEntry> entries = new LinkedHashMap<>();
    private long nextId = 1;

    /** A {@link Ledger} on a fresh in-memory repository: {@code LedgerFixtures.inMemoryLedger} for other packages. */
    public static Ledger newLedger(Clock clock) {
        return new LedgerService(new InMemoryLedgerRepository(), clock);
    }

    /** Bulk posting on such a ledger (by its {@code postAll}): {@code LedgerFixtures.bulkPosting} for other packages. */
    public static BulkPosting bulkPostingOn(Ledger ledger) {
        return new PostAllBulkPosting(ledger);
    }

    @Override
    public synchronized Map<AccountRef, Long> findAccountIds(Collection<AccountRef> accounts) {
        Map<AccountRef, Long> found = new HashMap<>();
        accounts.stream()
                .filter(accountIds::containsKey)
                .forEach(account -> found.put(account, accountIds.get(account)));
        return found;
    }

    @Override
    public synchronized void createAccounts(Collection<AccountRef> accounts, Instant now) {
        for (AccountRef account : accounts) {
            if (!accountIds.containsKey(account)) {
                long id = nextId++;
                accountIds.put(account, id);
                if (account.isMember()) {
                    balances.put(id, new AccountState(BigDecimal.ZERO, 0, now));
                }
            }
        }
    }

    @Override
    public synchronized Map<String, JournalEntry> findEntries(Collection<String> references) {
        Map<String, JournalEntry> found = new HashMap<>();
        references.stream()
                .filter(entries::containsKey)
                .forEach(reference -> found.put(reference, entries.get(reference)));
        return found;
    }

    @Override
    public synchronized Map<String, Long> insertEntriesIfAbsent(List<EntryRequest> requests, Instant now) {
        Map<String, Long> inserted = new HashMap<>();
        for (EntryRequest request : requests) {
            if (!entries.containsKey(request.reference())) {
                long id = nextId++;
                entries.put(
                        request.reference(),
                        new JournalEntry(id, request.reference(), request.description(), now, List.of(), false));
                inserted.put(request.reference(), id);
            }
        }
        return inserted;
    }

    @Override
    public synchronized void insertPostings(List<Posting> postings) {
        Map<Long, AccountRef> accountsById = new HashMap<>();
        accountIds.forEach((account, id) -> accountsById.put(id, account));
        Map<Long, List<PostingLine>> linesByEntry = new HashMap<>();
        postings.forEach(posting -> linesByEntry
                .computeIfAbsent(posting.entryId(), id -> new ArrayList<>())
                .add(new PostingLine(accountsById.get(posting.accountId()), posting.amount())));
        entries.replaceAll((reference, entry) -> linesByEntry.containsKey(entry.id())
                ? new JournalEntry(
                        entry.id(),
                        reference,
                        entry.description(),
                        entry.createdAt(),
                        concat(entry.lines(), linesByEntry.get(entry.id())),
                        false)
                : entry);
    }

    @Override
    public synchronized SortedMap<Long, AccountState> lockMemberAccounts(List<Long> ids) {
        SortedMap<Long, AccountState> locked = new TreeMap<>();
        ids.stream().filter(balances::containsKey).forEach(id -> locked.put(id, balances.get(id)));
        return locked;
    }

    @Override
    public synchronized void storeAccounts(SortedMap<Long, AccountState> changed) {
        balances.putAll(changed);
    }

    @Override
    public synchronized void beginSlice() {
        snapshot =
                new Snapshot(new HashMap<>(accountIds), new HashMap<>(balances), new LinkedHashMap<>(entries), nextId);
    }

    @Override
    public synchronized void discardSlice() {
        if (snapshot != null) {
            accountIds.clear();
            accountIds.putAll(snapshot.accountIds());
            balances.clear();
            balances.putAll(snapshot.balances());
            entries.clear();
            entries.putAll(snapshot.entries());
            nextId = snapshot.nextId();
            snapshot = null;
        }
    }

    private record Snapshot(
            Map<AccountRef, Long> accountIds,
            Map<Long, AccountState> balances,
            Map<String, JournalEntry> entries,
            long nextId) {}

    private static List<PostingLine> concat(List<PostingLine> first, List<PostingLine> second) {
        List<PostingLine> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Override
    public synchronized Map<AccountRef, BigDecimal> memberBalances(String memberId) {
        Map<AccountRef, BigDecimal> found = new HashMap<>();
        accountIds.forEach((account, id) -> {
            if (account.isMember() && account.ownerId().equals(memberId)) {
                found.put(account, balances.get(id).balance());
            }
        });
        return found;
    }

    /** Locking is the monitor here (the in-memory ledger serializes every call). */
    @Override
    public synchronized Map<String, BigDecimal> bucketBalances(
            Asset asset, Bucket bucket, Collection<String> memberIds, boolean lock) {
        Map<String, BigDecimal> found = new HashMap<>();
        for (String memberId : memberIds) {
            Long id = accountIds.get(AccountRef.member(memberId, asset, bucket));
            if (id != null && balances.get(id).balance().signum() > 0) {
                found.put(memberId, balances.get(id).balance());
            }
        }
        return found;
    }

    @Override
    public synchronized List<MemberHolding> membersHolding(
            Asset asset, Bucket bucket, String afterMemberId, int limit) {
        String after = afterMemberId == null ? "" : afterMemberId;
        return accountIds.entrySet().stream()
                .filter(entry -> entry.getKey().isMember()
                        && entry.getKey().asset() == asset
                        && entry.getKey().bucket() == bucket
                        && entry.getKey().ownerId().compareTo(after) > 0
                        && balances.get(entry.getValue()).balance().signum() > 0)
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(AccountRef::ownerId)))
                .limit(limit)
                .map(entry -> new MemberHolding(
                        entry.getKey().ownerId(), balances.get(entry.getValue()).balance()))
                .toList();
    }

    /** By the entries' times (in memory an entry's postings are written at its time). */
    @Override
    public synchronized List<HoldingOverTime> membersHoldingDuring(
            Asset asset,
            Bucket bucket,
            Instant from,
            Instant to,
            String afterMemberId,
            String upToMemberId,
            int limit) {
        String after = afterMemberId == null ? "" : afterMemberId;
        BigDecimal window = HoldingsOverTimeQuery.seconds(Duration.between(from, to));
        BigDecimal end = HoldingsOverTimeQuery.epochSeconds(to);
        Map<String, BigDecimal> atStart = new TreeMap<>();
        Map<String, BigDecimal> moved = new TreeMap<>();
        for (JournalEntry entry : entries.values()) {
            for (PostingLine line : entry.lines()) {
                AccountRef account = line.account();
                if (!account.isMember()
                        || account.asset() != asset
                        || account.bucket() != bucket
                        || account.ownerId().compareTo(after) <= 0
                        || (upToMemberId != null && account.ownerId().compareTo(upToMemberId) > 0)
                        || !entry.createdAt().isBefore(to)) {
                    continue;
                }
                if (entry.createdAt().isBefore(from)) {
                    atStart.merge(account.ownerId(), line.amount(), BigDecimal::add);
                } else {
                    BigDecimal held = end.subtract(HoldingsOverTimeQuery.epochSeconds(entry.createdAt()));
                    moved.merge(account.ownerId(), line.amount().multiply(held), BigDecimal::add);
                }
            }
        }
        Set<String> members = new TreeSet<>(moved.keySet());
        atStart.forEach((member, balance) -> {
            if (balance.signum() > 0) {
                members.add(member);
            }
        });
        return members.stream()
                .limit(limit)
                .map(member -> {
                    BigDecimal start = atStart.getOrDefault(member, BigDecimal.ZERO);
                    return new HoldingOverTime(
                            member, start, start.multiply(window).add(moved.getOrDefault(member, BigDecimal.ZERO)));
                })
                .toList();
    }

    @Override
    public synchronized InvariantReport checkInvariants(Instant now) {
        List<String> violations = new ArrayList<>();
        Map<Asset, BigDecimal> perAsset = new EnumMap<>(Asset.class);
        Map<AccountRef, BigDecimal> perAccount = new HashMap<>();
        for (JournalEntry entry : entries.values()) {
            for (PostingLine line : entry.lines()) {
                perAsset.merge(line.account().asset(), line.amount(), BigDecimal::add);
                perAccount.merge(line.account(), line.amount(), BigDecimal::add);
            }
        }
        perAsset.forEach((asset, sum) -> {
            if (sum.signum() != 0) {
                violations.add("postings of " + asset + " sum to " + sum.toPlainString());
            }
        });
        accountIds.forEach((account, id) -> {
            if (!account.isMember()) {
                return;
            }
            BigDecimal cached = balances.get(id).balance();
            if (cached.compareTo(perAccount.getOrDefault(account, BigDecimal.ZERO)) != 0) {
                violations.add("cached balance of " + account + " differs from its postings");
            }
            if (cached.signum() < 0) {
                violations.add("negative balance in " + account);
            }
        });
        return new InvariantReport(now, violations, accountIds.size());
    }
}

package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.PostingLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ledger in memory, for unit tests of services; it has no transactions and no row locks. */
public class InMemoryLedgerRepository implements LedgerRepository {

    private final Map<AccountRef, Long> accountIds = new HashMap<>();
    private final Map<Long, BigDecimal> balances = new HashMap<>();
    private final Map<String, JournalEntry> entries = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Map<AccountRef, Long> findAccountIds(Collection<AccountRef> accounts) {
        Map<AccountRef, Long> found = new HashMap<>();
        accounts.stream().filter(accountIds::containsKey).forEach(account -> found.put(account, accountIds.get(account)));
        return found;
    }

    @Override
    public synchronized void createAccounts(Collection<AccountRef> accounts, Instant now) {
        for (AccountRef account : accounts) {
            if (!accountIds.containsKey(account)) {
                long id = nextId++;
                accountIds.put(account, id);
                if (account.isMember()) {
                    balances.put(id, BigDecimal.ZERO);
                }
            }
        }
    }

    @Override
    public synchronized Map<Long, BigDecimal> lockMemberBalances(List<Long> ids) {
        Map<Long, BigDecimal> locked = new LinkedHashMap<>();
        ids.forEach(id -> locked.put(id, balances.get(id)));
        return locked;
    }

    @Override
    public synchronized Map<String, JournalEntry> findEntries(Collection<String> references) {
        Map<String, JournalEntry> found = new HashMap<>();
        references.stream().filter(entries::containsKey).forEach(reference -> found.put(reference, entries.get(reference)));
        return found;
    }

    @Override
    public synchronized List<JournalEntry> insertEntries(List<EntryRequest> requests, Map<AccountRef, Long> ids,
            Instant now) {
        List<JournalEntry> written = new ArrayList<>();
        for (EntryRequest request : requests) {
            if (entries.containsKey(request.reference())) {
                throw new IllegalStateException("duplicate reference " + request.reference());
            }
            JournalEntry entry = new JournalEntry(nextId++, request.reference(), request.description(), now,
                    request.lines(), false);
            entries.put(request.reference(), entry);
            written.add(entry);
        }
        return written;
    }

    @Override
    public synchronized void updateBalances(Map<Long, BigDecimal> changed, Instant now) {
        balances.putAll(changed);
    }

    @Override
    public synchronized Map<AccountRef, BigDecimal> memberBalances(String memberId) {
        Map<AccountRef, BigDecimal> found = new HashMap<>();
        accountIds.forEach((account, id) -> {
            if (account.isMember() && account.ownerId().equals(memberId)) {
                found.put(account, balances.get(id));
            }
        });
        return found;
    }

    @Override
    public synchronized List<com.aeghash.ledger.MemberHolding> membersHolding(Asset asset,
            com.aeghash.ledger.Bucket bucket, String afterMemberId, int limit) {
        String after = afterMemberId == null ? "" : afterMemberId;
        return accountIds.entrySet().stream()
                .filter(entry -> entry.getKey().isMember() && entry.getKey().asset() == asset
                        && entry.getKey().bucket() == bucket && entry.getKey().ownerId().compareTo(after) > 0
                        && balances.get(entry.getValue()).signum() > 0)
                .sorted(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparing(AccountRef::ownerId)))
                .limit(limit)
                .map(entry -> new com.aeghash.ledger.MemberHolding(entry.getKey().ownerId(),
                        balances.get(entry.getValue())))
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
            BigDecimal cached = balances.get(id);
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

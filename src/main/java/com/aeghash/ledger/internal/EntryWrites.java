package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.EntryRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What newly inserted entries still have to write: the member accounts' balance deltas, one per account id in
 * ascending id order (the order the rows are locked in; a zero delta too, since every member posting takes its place
 * in its account's history under the row's lock), with the account each id stands for (to name it in a refusal), and
 * the postings. Written balances first: a posting's account key check then finds the row already
 * locked by its own transaction, instead of share-locking a row other transactions are queuing to update.
 */
record EntryWrites(
        SortedMap<Long, BigDecimal> deltas, Map<Long, AccountRef> accounts, List<LedgerRepository.Posting> postings) {

    static EntryWrites none() {
        return new EntryWrites(new TreeMap<>(), new HashMap<>(), new ArrayList<>());
    }

    static EntryWrites of(List<EntryRequest> fresh, Map<String, Long> entryIds, Map<AccountRef, Long> accountIds) {
        EntryWrites writes = none();
        for (EntryRequest request : fresh) {
            long entryId = entryIds.get(request.reference());
            request.lines().forEach(line -> {
                long accountId = accountIds.get(line.account());
                writes.postings.add(LedgerRepository.Posting.of(
                        entryId, accountId, line.account().asset(), line.amount()));
                if (line.account().isMember()) {
                    writes.accounts.put(accountId, line.account());
                    writes.deltas.merge(accountId, line.amount(), BigDecimal::add);
                }
            });
        }
        return writes;
    }

    /**
     * Adds the other writes to these (a transaction's deferred credits are gathered this way). Credits only: a
     * merged delta is positive.
     */
    void add(EntryWrites other) {
        other.deltas.forEach((id, delta) -> deltas.merge(id, delta, BigDecimal::add));
        accounts.putAll(other.accounts);
        postings.addAll(other.postings);
    }

    /** These writes, leaving this object empty. */
    EntryWrites drain() {
        EntryWrites drained = new EntryWrites(new TreeMap<>(deltas), new HashMap<>(accounts), List.copyOf(postings));
        deltas.clear();
        accounts.clear();
        postings.clear();
        return drained;
    }

    boolean isEmpty() {
        return deltas.isEmpty() && postings.isEmpty();
    }
}

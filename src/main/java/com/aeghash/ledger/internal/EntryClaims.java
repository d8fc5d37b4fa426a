package com.aeghash.ledger.internal;

import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The references of a slice of entries, claimed: the entries whose reference was free are inserted ({@code fresh},
 * with their ids), the others are checked to be replays of the stored entries ({@link ReplayCheck}), and
 * {@code results} holds the journal entry of every request in the order given. The unique reference is the
 * idempotency lock: a concurrent post of the same reference waits for the first and then finds it taken.
 */
record EntryClaims(List<EntryRequest> fresh, Map<String, Long> entryIds, List<JournalEntry> results) {

    /** Claims the references. */
    static EntryClaims claim(LedgerRepository repository, List<EntryRequest> requests, Instant now) {
        Map<String, Long> inserted = repository.insertEntriesIfAbsent(requests, now);
        Map<String, JournalEntry> replays = replaysOf(repository, requests, inserted);
        List<EntryRequest> fresh = requests.stream()
                .filter(request -> inserted.containsKey(request.reference()))
                .toList();
        List<JournalEntry> results = requests.stream()
                .map(request -> inserted.containsKey(request.reference())
                        ? new JournalEntry(
                                inserted.get(request.reference()),
                                request.reference(),
                                request.description(),
                                now,
                                request.lines(),
                                false)
                        : replays.get(request.reference()))
                .toList();
        return new EntryClaims(fresh, inserted, results);
    }

    /** The stored entries of the references that were taken, each checked to have the requested lines. */
    private static Map<String, JournalEntry> replaysOf(
            LedgerRepository repository, List<EntryRequest> requests, Map<String, Long> inserted) {
        List<EntryRequest> taken = requests.stream()
                .filter(request -> !inserted.containsKey(request.reference()))
                .toList();
        if (taken.isEmpty()) {
            return Map.of();
        }
        Map<String, JournalEntry> stored = repository.findEntries(
                taken.stream().map(EntryRequest::reference).toList());
        Map<String, JournalEntry> replays = new HashMap<>();
        for (EntryRequest request : taken) {
            JournalEntry previous = stored.get(request.reference());
            if (previous == null) {
                throw new IllegalStateException(
                        "reference " + request.reference() + " is taken by a transaction that did not commit; retry");
            }
            ReplayCheck.requireSameLines(previous, request);
            replays.put(request.reference(), ReplayCheck.replayOf(previous));
        }
        return replays;
    }
}

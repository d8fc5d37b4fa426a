package com.aeghash.ledger.internal;

import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.Ledger;
import java.util.List;

/**
 * {@link BulkPosting} by {@link Ledger#postAll}, for a ledger without SQL storage (the in-memory one of unit tests):
 * the same contract checked first, then the same entries posted line by line in the ledger's own way.
 */
final class PostAllBulkPosting implements BulkPosting {

    private final Ledger ledger;

    PostAllBulkPosting(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<JournalEntry> postAll(List<EntryRequest> requests) {
        BulkPostingRules.validate(requests);
        return ledger.postAll(requests);
    }
}

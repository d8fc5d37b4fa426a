package com.aeghash.bonus.internal;

import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import java.util.List;

/**
 * How the closing posts a chunk's or a global-share step's ledger entries: set-based through
 * {@link com.aeghash.ledger.BulkPosting#postAll} in the service, through {@link com.aeghash.ledger.Ledger#postAll} in
 * the in-memory engine and in tests that make the ledger fail.
 */
@FunctionalInterface
interface EntryPoster {

    List<JournalEntry> postAll(List<EntryRequest> requests);
}

package com.aeghash.ledger.internal;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SelectedCredits;
import com.aeghash.ledger.SqlSelect;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * {@link BulkPosting} by {@link Ledger#postAll}, for a ledger without SQL storage (the in-memory one of unit tests):
 * the same contract checked first, then the same entries posted line by line in the ledger's own way.
 *
 * <p>The two set-based methods are not implemented, on purpose: {@link #postSelectedCredits} takes its lines as an
 * {@link SqlSelect} and {@link #membersHoldingDuringSelect} returns one, SQL text that only a database can run. An
 * in-memory ledger has nothing to run it on, and imitating the SQL in Java would test the imitation, not the
 * statements. Code without a database takes the ledger's own way instead ({@link Ledger#membersHoldingDuring}, then
 * {@link Ledger#postAll}: the mining run's in-memory allocation does), and the SQL paths are tested on H2 and
 * PostgreSQL ({@code BulkPostingIT}, {@code ChunkAllocationParityIT}).
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

    /** Needs SQL storage: the lines are selected by a query inside the database. */
    @Override
    public Set<String> postSelectedCredits(SelectedCredits credits) {
        throw new UnsupportedOperationException("selected credits need the ledger's SQL storage");
    }

    /** Needs SQL storage: the query reads the ledger's tables. */
    @Override
    public SqlSelect membersHoldingDuringSelect(
            Asset asset, Bucket bucket, Instant from, Instant to, String afterMemberId, String upToMemberId) {
        throw new UnsupportedOperationException("a holdings query needs the ledger's SQL storage");
    }
}

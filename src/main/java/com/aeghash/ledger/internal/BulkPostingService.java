package com.aeghash.ledger.internal;

import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link BulkPosting} over SQL. Per slice of entries: their references are claimed as by {@link LedgerService}
 * ({@link EntryClaims}: fresh ones inserted, taken ones checked to be replays), then the lines of the fresh entries
 * are written inside the database by {@link StagedPostings}. The credits the transaction deferred are written first,
 * so postings keep the order their accounts changed in.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class BulkPostingService implements BulkPosting {

    private final LedgerService ledger;
    private final LedgerRepository repository;
    private final StagedPostings staged;
    private final Clock clock;

    BulkPostingService(LedgerService ledger, LedgerRepository repository, StagedPostings staged, Clock clock) {
        this.ledger = ledger;
        this.repository = repository;
        this.staged = staged;
        this.clock = clock;
    }

    @Override
    public List<JournalEntry> postAll(List<EntryRequest> requests) {
        BulkPostingRules.validate(requests);
        ledger.applyPendingCredits();
        List<JournalEntry> results = new ArrayList<>(requests.size());
        for (int start = 0; start < requests.size(); start += LedgerService.SLICE_ENTRIES_MAX) {
            results.addAll(postSlice(
                    requests.subList(start, Math.min(requests.size(), start + LedgerService.SLICE_ENTRIES_MAX))));
        }
        return results;
    }

    private List<JournalEntry> postSlice(List<EntryRequest> requests) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        EntryClaims claims = EntryClaims.claim(repository, requests, now, () -> {});
        List<StagedPostings.Line> lines = new ArrayList<>();
        for (EntryRequest request : claims.fresh()) {
            long entryId = claims.entryIds().get(request.reference());
            request.lines().forEach(line -> lines.add(new StagedPostings.Line(entryId, line.account(), line.amount())));
        }
        staged.write(lines, now);
        return claims.results();
    }
}

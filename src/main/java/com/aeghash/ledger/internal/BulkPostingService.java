package com.aeghash.ledger.internal;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.SelectedCredits;
import com.aeghash.ledger.SqlSelect;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link BulkPosting} over SQL. Per slice of entries: their references are claimed as by {@link LedgerService}
 * ({@link EntryClaims}: fresh ones inserted, taken ones checked to be replays), then the lines of the fresh entries
 * are written inside the database by {@link StagedPostings}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class BulkPostingService implements BulkPosting {

    private final LedgerRepository repository;
    private final StagedPostings staged;
    private final Clock clock;
    private final SelectedCreditsPosting selected;

    BulkPostingService(LedgerRepository repository, StagedPostings staged, Clock clock, JdbcTemplate jdbc) {
        this.repository = repository;
        this.staged = staged;
        this.clock = clock;
        this.selected = new SelectedCreditsPosting(jdbc, repository, staged);
    }

    @Override
    public Set<String> postSelectedCredits(SelectedCredits credits) {
        return selected.post(credits, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public SqlSelect membersHoldingDuringSelect(
            Asset asset, Bucket bucket, Instant from, Instant to, String afterMemberId, String upToMemberId) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " is not before to " + to);
        }
        return HoldingsOverTimeQuery.select(asset, bucket, from, to, afterMemberId, upToMemberId);
    }

    @Override
    public List<JournalEntry> postAll(List<EntryRequest> requests) {
        BulkPostingRules.validate(requests);
        List<JournalEntry> results = new ArrayList<>(requests.size());
        for (int start = 0; start < requests.size(); start += LedgerService.SLICE_ENTRIES_MAX) {
            results.addAll(postSlice(
                    requests.subList(start, Math.min(requests.size(), start + LedgerService.SLICE_ENTRIES_MAX))));
        }
        return results;
    }

    private List<JournalEntry> postSlice(List<EntryRequest> requests) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        EntryClaims claims = EntryClaims.claim(repository, requests, now);
        List<StagedPostings.Line> lines = new ArrayList<>();
        for (EntryRequest request : claims.fresh()) {
            long entryId = claims.entryIds().get(request.reference());
            request.lines().forEach(line -> lines.add(new StagedPostings.Line(entryId, line.account(), line.amount())));
        }
        staged.write(lines, now);
        return claims.results();
    }
}

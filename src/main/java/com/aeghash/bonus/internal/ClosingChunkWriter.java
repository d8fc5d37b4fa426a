package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusesClosed;
import com.aeghash.common.metrics.BatchRunMetrics;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Writes one claimed range of a closing in the caller's transaction: under the closings' shared lock, with the range's
 * row locked and still claimed by the worker, its closable entries' amounts aggregated per member into a few ledger
 * entries (PENDING to AVAILABLE for confirmed entries, PENDING back to BONUS_EXPENSE for cancelled ones; a member's
 * confirmed sum first repays their bonus debt, {@link MemberDebtLookup}) posted set-based inside the database by
 * {@link BulkPosting} (each member account is in one line of the chunk: the missing AVAILABLE accounts created, the
 * balances updated by one {@code MERGE} and the postings inserted from the staged lines), the entries moved, the
 * recovery recorded,
 * the chunk's totals added to the closing, the range marked done and {@link BonusesClosed} events with the members'
 * sums. Ranges are disjoint in members, so chunks written side by side never touch the same entries, debts or
 * balances.
 */
final class ClosingChunkWriter {

    private final ClosingRepository closings;
    private final BulkPosting postings;
    private final ApplicationEventPublisher events;
    private final MemberDebtLookup debts;
    private final BatchRunMetrics metrics;
    private final ClosingChunkListener listener;

    ClosingChunkWriter(
            ClosingRepository closings,
            Ledger ledger,
            BulkPosting postings,
            ApplicationEventPublisher events,
            BatchRunMetrics metrics,
            ClosingChunkListener listener) {
        this.closings = closings;
        this.postings = postings;
        this.events = events;
        this.debts = new MemberDebtLookup(ledger);
        this.metrics = metrics;
        this.listener = listener;
    }

    ClosingChunkListener listener() {
        return listener;
    }

    /** False when the worker no longer holds the range (taken over after its lease, or done): nothing is written. */
    boolean write(long closingId, int chunkNo, String worker, Instant now) {
        if (!closings.enterChunk(closingId)) {
            throw new IllegalStateException("closing " + closingId + " waits for an older closing still running");
        }
        ClosingRun run = closings.find(closingId).orElseThrow();
        ClosingRange range =
                closings.lockClaimedRange(closingId, chunkNo, worker).orElse(null);
        if (range == null || run.status() != ClosingStatus.RUNNING) {
            return false;
        }
        List<ClosableEntry> entries = closings.closableIn(run.paidBefore(), range);
        if (!entries.isEmpty()) {
            writeEntries(closingId, chunkNo, ClosingChunk.of(entries), now);
        }
        closings.rangeDone(closingId, chunkNo, entries.size(), now);
        listener.written(closingId, chunkNo);
        return true;
    }

    private void writeEntries(long closingId, int chunkNo, ClosingChunk chunk, Instant now) {
        DebtRecovery recovery = debts.recoveryFor(chunk);
        List<EntryRequest> ledgerEntries = chunk.ledgerEntries(closingId, chunkNo, recovery);
        postings.postAll(ledgerEntries);
        listener.posted(closingId, chunkNo);
        closings.recordDebtRecoveries(closingId, chunkNo, recovery, now);
        int moved = closings.moveEntries(
                        chunk.confirmedIds(),
                        BonusEntryStatus.PENDING.moveTo(BonusEntryStatus.CONFIRMED),
                        closingId,
                        now)
                + closings.moveEntries(
                        chunk.cancelledIds(),
                        BonusEntryStatus.PENDING.moveTo(BonusEntryStatus.CANCELLED),
                        closingId,
                        now);
        if (moved != chunk.size() || !closings.addChunk(closingId, chunk)) {
            // Cannot happen while the range is locked and refunds wait for chunks; should it, all rolls back.
            throw new IllegalStateException("closing " + closingId + " moved " + moved + " of " + chunk.size()
                    + " entries of chunk " + chunkNo + "; chunk rolled back");
        }
        List<BonusesClosed.MemberBonuses> sums = chunk.memberSums();
        for (int from = 0; from < sums.size(); from += BonusesClosed.MEMBERS_MAX) {
            List<BonusesClosed.MemberBonuses> slice =
                    sums.subList(from, Math.min(sums.size(), from + BonusesClosed.MEMBERS_MAX));
            events.publishEvent(new BonusesClosed(closingId, chunkNo, now, slice));
        }
        metrics.chunk(chunk.sumsByMember().size(), ledgerEntries.size());
    }
}

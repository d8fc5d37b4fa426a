package com.aeghash.bonus.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusesClosed;
import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.common.metrics.BatchRunMetrics;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Runs closings. A closing is identified by its cut-off: the first call creates it (with the count of entries
 * it will take), every call then processes chunks until none is left, each chunk in its own transaction
 * together with its progress, so a crashed run resumes after its last committed chunk and a completed one
 * is a no-op. Per chunk: amounts aggregated per member into a few ledger entries (PENDING to AVAILABLE for
 * confirmed entries, PENDING back to BONUS_EXPENSE for cancelled ones; a member's confirmed sum first repays their
 * bonus debt, {@link MemberDebtLookup}), batched status updates and {@link BonusesClosed} events with the members'
 * sums. After the last chunk of entries, the closing's global share ({@link GlobalShareStep}) runs in steps of its
 * own, each in its own transaction with its progress; the closing completes in the transaction of the global share's
 * last step.
 */
@Service
class BonusClosingService {

    static final int RECENT_MAX = 100;
    private final ClosingRepository closings;
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final UnitOfWork unitOfWork;
    private final ApplicationEventPublisher events;
    private final BonusProperties.Closing settings;
    private final Clock clock;
    private final BatchRunMetrics metrics;
    private final MemberDebtLookup debts;
    private final GlobalShareStep globalShare;

    /** A closing without global share (the in-memory engine of unit tests). */
    public BonusClosingService(
            ClosingRepository closings,
            Ledger ledger,
            AuditLog auditLog,
            UnitOfWork unitOfWork,
            ApplicationEventPublisher events,
            BonusProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this(closings, ledger, auditLog, unitOfWork, events, properties, clock, meters, GlobalShareStep.NONE);
    }

    @Autowired
    public BonusClosingService(
            ClosingRepository closings,
            Ledger ledger,
            AuditLog auditLog,
            UnitOfWork unitOfWork,
            ApplicationEventPublisher events,
            BonusProperties properties,
            Clock clock,
            MeterRegistry meters,
            GlobalShareStep globalShare) {
        this.globalShare = globalShare;
        this.closings = closings;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.settings = properties.closing();
        this.clock = clock;
        this.metrics = new BatchRunMetrics(meters, JOB);
        this.debts = new MemberDebtLookup(ledger);
    }

    /** The closing's name in the batch metrics. */
    static final String JOB = "bonus-closing";

    /** Creates or resumes the closing of the cut-off and runs it to completion. */
    public ClosingRun close(Instant cutoff, String actor) {
        if (cutoff == null) {
            throw ApiException.validation("cutoff", "is required");
        }
        if (cutoff.isAfter(clock.instant())) {
            throw ApiException.unprocessable("cutoff_in_future", "a closing cut-off must not be in the future");
        }
        ClosingRun started = unitOfWork.inNewTransaction(() -> start(cutoff, actor));
        if (started.status() != ClosingStatus.COMPLETED) {
            runToCompletion(started.id());
        }
        return unitOfWork.inNewTransaction(() -> closings.find(started.id()).orElseThrow());
    }

    private void runToCompletion(long closingId) {
        long startedNanos = System.nanoTime();
        try {
            boolean completed = false;
            while (!completed) {
                completed = unitOfWork.inNewTransaction(() -> processChunk(closingId));
            }
            metrics.run("completed", startedNanos);
        } catch (RuntimeException failure) {
            metrics.run("failed", startedNanos);
            throw failure;
        }
    }

    public List<ClosingRun> recent(int limit) {
        return recent(Long.MAX_VALUE, limit);
    }

    /** Newest first below the id; one more than {@link #RECENT_MAX} at most (a page and the row that says more follow). */
    public List<ClosingRun> recent(long beforeId, int limit) {
        return unitOfWork.inTransaction(() -> closings.recent(beforeId, Math.min(Math.max(limit, 1), RECENT_MAX + 1)));
    }

    public ClosingRun find(long id) {
        return unitOfWork
                .inTransaction(() -> closings.find(id))
                .orElseThrow(() -> ApiException.notFound("closing " + id));
    }

    private ClosingRun start(Instant cutoff, String actor) {
        return closings.findByCutoff(cutoff).orElseGet(() -> {
            Instant paidBefore = ClosingSchedule.paidBefore(settings, cutoff);
            long total = closings.countClosable(paidBefore);
            boolean inserted = closings.insertIfAbsent(cutoff, paidBefore, total, actor, clock.instant());
            ClosingRun run = closings.findByCutoff(cutoff).orElseThrow();
            if (inserted) {
                auditLog.record(
                        actor,
                        "bonus.closing.started",
                        "closing:" + run.id(),
                        Map.of(
                                "cutoff",
                                cutoff.toString(),
                                "paidBefore",
                                paidBefore.toString(),
                                "entries",
                                Long.toString(total)));
            }
            return run;
        });
    }

    /** One chunk in the current transaction; true once the closing is complete. */
    boolean processChunk(long closingId) {
        ClosingRun run = closings.lock(closingId).orElseThrow();
        if (run.status() == ClosingStatus.COMPLETED) {
            return true;
        }
        String afterMember = run.lastBeneficiaryMemberId() == null ? "" : run.lastBeneficiaryMemberId();
        long afterId = run.lastEntryId() == null ? 0 : run.lastEntryId();
        List<ClosableEntry> entries = globalShare.started(closingId)
                ? List.of()
                : closings.closableAfter(run.paidBefore(), afterMember, afterId, settings.chunkEntries());
        Instant now = clock.instant();
        if (entries.isEmpty()) {
            if (!globalShare.advance(run, now)) {
                return false; // a step of the global share, committed with its progress
            }
            ClosingRun completed = run.completed(now);
            closings.saveProgress(completed);
            auditCompletion(completed);
            return true;
        }
        ClosingChunk chunk = ClosingChunk.of(entries);
        DebtRecovery recovery = debts.recoveryFor(chunk);
        List<EntryRequest> ledgerEntries = chunk.ledgerEntries(run.id(), run.chunks() + 1, recovery);
        ledger.postAll(ledgerEntries);
        closings.recordDebtRecoveries(run.id(), run.chunks() + 1, recovery, now);
        int moved = closings.moveEntries(
                        chunk.confirmedIds(),
                        BonusEntryStatus.PENDING.moveTo(BonusEntryStatus.CONFIRMED),
                        run.id(),
                        now)
                + closings.moveEntries(
                        chunk.cancelledIds(),
                        BonusEntryStatus.PENDING.moveTo(BonusEntryStatus.CANCELLED),
                        run.id(),
                        now);
        if (moved != chunk.size()) {
            // Cannot happen while chunks hold the closings' lock; should it, the chunk rolls back (ledger included).
            throw new IllegalStateException(
                    "closing " + closingId + " moved " + moved + " of " + chunk.size() + " entries; chunk rolled back");
        }
        closings.saveProgress(run.afterChunk(chunk));
        List<BonusesClosed.MemberBonuses> sums = chunk.memberSums();
        for (int from = 0; from < sums.size(); from += BonusesClosed.MEMBERS_MAX) {
            List<BonusesClosed.MemberBonuses> slice =
                    sums.subList(from, Math.min(sums.size(), from + BonusesClosed.MEMBERS_MAX));
            events.publishEvent(new BonusesClosed(run.id(), run.chunks() + 1, now, slice));
        }
        metrics.chunk(chunk.sumsByMember().size(), ledgerEntries.size());
        return false;
    }

    private void auditCompletion(ClosingRun run) {
        auditLog.record(
                run.startedBy(),
                "bonus.closing.completed",
                "closing:" + run.id(),
                Map.of(
                        "cutoff", run.cutoff().toString(),
                        "confirmedEntries", Long.toString(run.confirmedEntries()),
                        "confirmedAmount", run.confirmedAmount().toPlainString(),
                        "cancelledEntries", Long.toString(run.cancelledEntries()),
                        "cancelledAmount", run.cancelledAmount().toPlainString()));
    }
}

package com.aeghash.bonus.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.common.jobs.ChunkWorkers;
import com.aeghash.common.metrics.BatchRunMetrics;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.Ledger;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Runs closings. A closing is identified by its cut-off: the first call creates it (with the count of entries it will
 * take), every call then fixes its ranges of beneficiaries once ({@link ClosingRange}, about
 * {@code chunk-entries} entries each) and writes them on {@code workers} workers: each worker claims a range for its
 * lease in a transaction of its own, then writes it in one transaction with the closing's progress
 * ({@link ClosingChunkWriter}). A crashed worker's range is claimed again once its lease ends, by a worker of any
 * instance; a call that finds ranges held by another instance's workers waits for them (or for their leases to end).
 * After the last range, the closing's global share ({@link GlobalShareStep}) runs in steps of its own, each in its own
 * transaction with its progress, under the closings' exclusive lock; the closing completes in the transaction of the
 * global share's last step, with the snapshot of what it carries into the next closing ({@link ClosingCarry}), and a
 * completed one is a no-op. Closings write their entries in the order they were
 * started: a call first completes the older closings still running.
 */
@Service
class BonusClosingService {

    static final int RECENT_MAX = 100;
    /** The closing's name in the batch metrics. */
    static final String JOB = "bonus-closing";

    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();
    /** How often a call waiting for ranges other workers hold looks again. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final ClosingRepository closings;
    private final Ledger ledger;
    private final BulkPosting postings;
    private final AuditLog auditLog;
    private final UnitOfWork unitOfWork;
    private final ApplicationEventPublisher events;
    private final BonusProperties.Closing settings;
    private final Clock clock;
    private final BatchRunMetrics metrics;
    private final GlobalShareStep globalShare;
    private final int workers;
    private final ClosingChunkWriter writer;
    private final ClosingCarry carry;

    /**
     * The configured closing: its chunks posted set-based by {@link BulkPosting}, on the workers the settings give (0 =
     * the database pool's share). Tests build one of their own parts with it (an in-memory ledger and
     * {@code GlobalShareStep.NONE}, a {@link BulkPosting} that fails or records) and change the workers, clock and
     * listener by {@link #with}.
     */
    @Autowired
    public BonusClosingService(
            ClosingRepository closings,
            Ledger ledger,
            BulkPosting postings,
            AuditLog auditLog,
            UnitOfWork unitOfWork,
            ApplicationEventPublisher events,
            BonusProperties properties,
            Clock clock,
            MeterRegistry meters,
            GlobalShareStep globalShare,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int databasePoolSize,
            ClosingCarry carry) {
        this.closings = closings;
        this.ledger = ledger;
        this.postings = postings;
        this.auditLog = auditLog;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.settings = properties.closing();
        this.clock = clock;
        this.metrics = new BatchRunMetrics(meters, JOB);
        this.globalShare = globalShare;
        this.workers = settings.workersFor(databasePoolSize);
        this.writer = new ClosingChunkWriter(closings, ledger, postings, events, metrics, ClosingChunkListener.NONE);
        this.carry = carry;
    }

    /** {@code base} with other settings, clock and listener: {@link #with}. */
    private BonusClosingService(
            BonusClosingService base, BonusProperties.Closing settings, Clock clock, ClosingChunkListener listener) {
        this.closings = base.closings;
        this.ledger = base.ledger;
        this.postings = base.postings;
        this.auditLog = base.auditLog;
        this.unitOfWork = base.unitOfWork;
        this.events = base.events;
        this.settings = settings;
        this.clock = clock;
        this.metrics = base.metrics;
        this.globalShare = base.globalShare;
        this.workers = settings.workersFor(1);
        this.writer = new ClosingChunkWriter(closings, ledger, postings, events, metrics, listener);
        this.carry = base.carry;
    }

    /**
     * The same closing with other settings (workers, lease), clock and a listener told of every chunk (tests stop or
     * kill workers with it; benchmarks choose the workers).
     */
    BonusClosingService with(BonusProperties.Closing otherSettings, Clock otherClock, ClosingChunkListener listener) {
        return new BonusClosingService(this, otherSettings, otherClock, listener);
    }

    /** How many workers a closing starts. */
    int workers() {
        return workers;
    }

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
            long startedNanos = System.nanoTime();
            try {
                unitOfWork
                        .inNewTransaction(() -> closings.olderRunning(started.id()))
                        .forEach(this::runToCompletion);
                runToCompletion(started.id());
                metrics.run("completed", startedNanos);
            } catch (RuntimeException failure) {
                metrics.run("failed", startedNanos);
                throw failure;
            }
        }
        return unitOfWork.inNewTransaction(() -> closings.find(started.id()).orElseThrow());
    }

    private void runToCompletion(long closingId) {
        if (!unitOfWork.inNewTransaction(() -> fixRanges(closingId))) {
            return;
        }
        String owner = INSTANCE + "/" + UUID.randomUUID();
        ChunkWorkers.run("bonus-closing", workers, owner, worker -> writeNextRange(closingId, worker));
        awaitRangesHeldByOthers(closingId, owner + "/sweep");
        while (!unitOfWork.inNewTransaction(() -> globalShareStep(closingId))) {
            // one step of the global share per transaction
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
            closings.lockClosings(); // an older closing is committed before this one is created, or not at all
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

    /** Fixes the closing's ranges unless they are; false when the closing is complete. */
    private boolean fixRanges(long closingId) {
        if (closings.hasRanges(closingId)) {
            return true;
        }
        ClosingRun run = closings.lock(closingId).orElseThrow();
        if (run.status() == ClosingStatus.COMPLETED) {
            return false;
        }
        if (!closings.hasRanges(closingId) && !globalShare.started(closingId)) {
            // a closing started before ranges existed continues after the chunks it committed
            List<String> ends = closings.rangeEnds(run.paidBefore(), settings.chunkEntries());
            closings.addRanges(closingId, ClosingRange.split(ends, run.chunks() + 1));
        }
        return true;
    }

    /** Claims a range for its lease and writes it; false when there was none to claim. */
    private boolean writeNextRange(long closingId, String worker) {
        Instant now = clock.instant();
        Optional<Integer> claimed = unitOfWork.inNewTransaction(
                () -> closings.claimRange(closingId, worker, now, now.plus(settings.leaseDuration())));
        if (claimed.isEmpty()) {
            return false;
        }
        int chunkNo = claimed.get();
        writer.listener().claimed(closingId, chunkNo);
        try {
            unitOfWork.inNewTransaction(() -> writer.write(closingId, chunkNo, worker, clock.instant()));
        } catch (RuntimeException failure) {
            releaseClaim(closingId, chunkNo, worker, failure);
            throw failure;
        }
        return true;
    }

    /**
     * A chunk that failed rolled back: its range is free to claim at once (by a later call; this one stops). Should
     * that fail too, the claim ends with its lease, as a dead worker's does.
     */
    private void releaseClaim(long closingId, int chunkNo, String worker, RuntimeException failure) {
        try {
            unitOfWork.inNewTransaction(() -> closings.releaseRange(closingId, chunkNo, worker));
        } catch (RuntimeException releaseFailure) {
            failure.addSuppressed(releaseFailure);
        }
    }

    /**
     * Once this call's workers find nothing left to claim, ranges may still be held by workers of other calls or
     * instances: waits for them to be written, or for their leases to end and then writes them, as long as the number
     * of pending ranges keeps going down within a lease.
     */
    private void awaitRangesHeldByOthers(long closingId, String worker) {
        long pending = unitOfWork.inNewTransaction(() -> closings.pendingRanges(closingId));
        long progressDeadline =
                System.nanoTime() + settings.leaseDuration().plus(POLL).toNanos();
        while (pending > 0) {
            if (!writeNextRange(closingId, worker)) {
                pause();
            }
            long left = unitOfWork.inNewTransaction(() -> closings.pendingRanges(closingId));
            if (left < pending) {
                progressDeadline =
                        System.nanoTime() + settings.leaseDuration().plus(POLL).toNanos();
            } else if (System.nanoTime() > progressDeadline) {
                throw ApiException.conflict(
                        "closing_in_progress",
                        "closing " + closingId + ": " + left + " ranges held by other workers for longer than a lease");
            }
            pending = left;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the closing's ranges", interrupted);
        }
    }

    /** One step of the global share under the closings' exclusive lock; true once the closing is complete. */
    private boolean globalShareStep(long closingId) {
        ClosingRun run = closings.lock(closingId).orElseThrow();
        if (run.status() == ClosingStatus.COMPLETED) {
            return true;
        }
        if (closings.pendingRanges(closingId) > 0) {
            throw new IllegalStateException("closing " + closingId + " has ranges left before its global share");
        }
        Instant now = clock.instant();
        if (!globalShare.advance(run, now)) {
            return false; // a step of the global share, committed with its progress
        }
        ClosingRun completed = run.completed(now);
        closings.saveProgress(completed);
        carry.snapshot(completed);
        auditCompletion(completed);
        return true;
    }

    /**
     * One step of the closing, as {@link #close} takes them on one worker (tests interrupt closings with it): fixes the
     * ranges, then writes the next range, or runs the next step of the global share; true once the closing is complete.
     */
    boolean processChunk(long closingId) {
        return !unitOfWork.inNewTransaction(() -> fixRanges(closingId))
                || (!writeNextRange(closingId, INSTANCE + "/step")
                        && unitOfWork.inNewTransaction(() -> globalShareStep(closingId)));
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

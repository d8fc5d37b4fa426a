package com.aeghash.mining.internal.etl;

import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.common.jobs.ChunkWorkers;
import com.aeghash.common.metrics.BatchRunMetrics;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.EtlRunStatus;
import com.aeghash.mining.internal.HashDamUnavailable;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.MiningProperties.AllocationBasis;
import com.aeghash.mining.internal.balances.MiningBalanceRepository;
import com.aeghash.mining.internal.etl.EtlChunkWriter.RunContext;
import com.aeghash.mining.internal.etl.EtlChunkWriter.Written;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.mining.internal.hashdam.HashDamException;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily mining ETL of one UTC date: claim the run's lease (the database-level guard against a second
 * instance or a manual run of the same date), fix the figures and split the members into ranges once, then credit
 * the ranges on {@link #workers()} workers, each range one transaction that claims it ({@code FOR UPDATE SKIP LOCKED}),
 * credits its members and marks it done with the run's progress. An interrupted run resumes with the ranges still
 * pending; a completed one is not touched again; ledger references make any replay a no-op.
 */
@Component
public class DailyProfitEtl {

    /**
     * A movement is dated when its transaction writes it, and committed a moment later: a day's held hash power is
     * read only once the movements dated before its end have certainly committed.
     */
    static final Duration DAY_SETTLES_IN = Duration.ofMinutes(2);

    public static final String JOB = "mining-profit";
    private static final Logger log = LoggerFactory.getLogger(DailyProfitEtl.class);
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();
    private static final int ERROR_LENGTH_MAX = 1000;
    /** Rounds of waiting for ranges another instance held before the run gives up (failed, resumable). */
    private static final int SWEEPS_MAX = 3;

    private final EtlPreparation preparation;
    private final EtlChunkWriter writer;
    private final EtlRunRepository runs;
    private final Notifier notifier;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final MiningProperties.Etl limits;
    /** The basis a run is prepared with; a prepared run keeps the one it stored, whatever this says. */
    private final AllocationBasis configuredBasis;

    private final EtlChunkListener listener;
    private final BatchRunMetrics metrics;
    private final int databasePoolSize;

    /**
     * The run with each chunk computed and written inside the database ({@link DatabaseChunkCredits}), or, with no
     * {@code jdbc} (storage without SQL: the in-memory repositories of tests), allocated in the JVM
     * ({@link ProfitAllocation}) and posted through {@link BulkPosting#postAll}.
     */
    @Autowired
    public DailyProfitEtl(
            HashDamClient hashDam,
            Ledger ledger,
            BulkPosting bulkPosting,
            EtlRunRepository runs,
            MiningBalanceRepository balances,
            Notifier notifier,
            ApplicationEventPublisher events,
            UnitOfWork unitOfWork,
            Clock clock,
            MiningProperties properties,
            MeterRegistry meters,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int databasePoolSize,
            JdbcTemplate jdbc) {
        this(
                new EtlPreparation(hashDam, new HeldHashPower(ledger)),
                new EtlChunkWriter(
                        bulkPosting,
                        new HeldHashPower(ledger),
                        balances,
                        runs,
                        events,
                        jdbc == null ? null : new DatabaseChunkCredits(jdbc, bulkPosting)),
                runs,
                notifier,
                unitOfWork,
                clock,
                properties.etl(),
                properties.etl().allocationBasis(),
                EtlChunkListener.NONE,
                new BatchRunMetrics(meters, JOB),
                databasePoolSize);
    }

    private DailyProfitEtl(
            EtlPreparation preparation,
            EtlChunkWriter writer,
            EtlRunRepository runs,
            Notifier notifier,
            UnitOfWork unitOfWork,
            Clock clock,
            MiningProperties.Etl limits,
            AllocationBasis configuredBasis,
            EtlChunkListener listener,
            BatchRunMetrics metrics,
            int databasePoolSize) {
        this.preparation = preparation;
        this.writer = writer;
        this.runs = runs;
        this.notifier = notifier;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.limits = limits;
        this.configuredBasis = configuredBasis;
        this.listener = listener;
        this.metrics = metrics;
        this.databasePoolSize = databasePoolSize;
    }

    /**
     * The same ETL with other chunk limits (chunk size, lease, workers) and a listener told of every chunk before it
     * commits (tests use it to stop a run between chunks); the configured ETL has no listener. The allocation basis
     * stays the configured one.
     */
    public DailyProfitEtl withChunks(MiningProperties.Etl otherLimits, EtlChunkListener chunkListener) {
        return new DailyProfitEtl(
                preparation,
                writer,
                runs,
                notifier,
                unitOfWork,
                clock,
                otherLimits,
                configuredBasis,
                chunkListener,
                metrics,
                databasePoolSize);
    }

    public EtlRun run(LocalDate date) {
        if (clock.instant().isBefore(HeldHashPower.startOf(date.plusDays(1)).plus(DAY_SETTLES_IN))) {
            throw ApiException.unprocessable(
                    "mining_data_not_ready",
                    "HashDam publishes the figures of " + date + " from " + date.plusDays(1) + " 00:00 UTC, and the "
                            + "day's hash-power movements are read from " + DAY_SETTLES_IN.toMinutes()
                            + " minutes after it");
        }
        Instant now = clock.instant();
        StoredEtlRun stored = unitOfWork.inNewTransaction(() -> runs.findOrCreate(JOB, date, now));
        if (stored.run().status() == EtlRunStatus.COMPLETED) {
            return stored.run();
        }
        String owner = INSTANCE + "/" + UUID.randomUUID();
        if (!unitOfWork.inNewTransaction(() -> runs.claim(stored.id(), owner, now, now.plus(limits.leaseDuration())))) {
            throw ApiException.conflict(
                    "etl_run_in_progress", "the mining run of " + date + " is being processed by another instance");
        }
        long startedNanos = System.nanoTime();
        try {
            // read again under the lease: a previous holder may have progressed since the first read
            process(runs.find(JOB, date).orElseThrow(), owner);
            metrics.run("completed", startedNanos);
        } catch (RuntimeException failure) {
            metrics.run("failed", startedNanos);
            recordFailure(stored.run(), owner, failure);
            throw failure instanceof HashDamException hashDamFailure ? HashDamUnavailable.of(hashDamFailure) : failure;
        }
        return find(date).orElseThrow();
    }

    public Optional<EtlRun> find(LocalDate date) {
        return runs.find(JOB, date).map(StoredEtlRun::run);
    }

    public List<EtlRun> recent(int limit) {
        return runs.recent(JOB, Math.min(Math.max(limit, 1), 100));
    }

    /** Runs of dates before {@code date}, newest first, at most {@code limit} (capped at 101: a page and one). */
    public List<EtlRun> before(LocalDate date, int limit) {
        return runs.before(JOB, date, Math.min(Math.max(limit, 1), 101));
    }

    /** Dates before {@code date} whose run did not complete (the scheduled job resumes them). */
    public List<LocalDate> unfinishedBefore(LocalDate date) {
        return runs.unfinishedBefore(JOB, date, 31);
    }

    /** How many workers a run starts (see {@link MiningProperties.Etl#workers}). */
    public int workers() {
        return limits.workersFor(databasePoolSize);
    }

    private void process(StoredEtlRun claimed, String owner) {
        StoredEtlRun run = claimed.prepared() ? claimed : prepare(claimed, owner);
        LocalDate date = run.run().date();
        if (!runs.hasChunks(run.id())) {
            splitRemaining(run, owner);
        }
        RunContext context = new RunContext(run.id(), date, owner, run.allocationBasis(), plansOf(run.run()));
        RunProgress progress = new RunProgress(run.run().processedMembers());
        ChunkWorkers.run("mining-etl", workers(), owner, worker -> writeNextChunk(context, worker, true, progress));
        // chunks another instance's stalled worker still held were skipped: wait for them (fenced, they roll back)
        for (int sweep = 1; runs.pendingChunks(run.id()) > 0; sweep++) {
            if (sweep > SWEEPS_MAX) {
                throw new IllegalStateException("ranges of the mining run of " + date + " are still pending");
            }
            ChunkWorkers.run(
                    "mining-etl", 1, owner + "/sweep", worker -> writeNextChunk(context, worker, false, progress));
        }
        Instant now = clock.instant();
        if (!unitOfWork.inNewTransaction(() -> runs.complete(run.id(), owner, now))) {
            throw new EtlLeaseLostException(date);
        }
        log.info("mining run of {} completed: {} members", date, progress.processed.get());
    }

    /** A run prepared before runs had ranges: its members after its cursor are split into ranges now. */
    private void splitRemaining(StoredEtlRun run, String owner) {
        List<EtlChunkRange> ranges = preparation.rangesAfter(
                run.run().date(), run.allocationBasis(), run.cursorMemberId(), limits.chunkSize());
        if (!unitOfWork.inNewTransaction(() -> runs.addChunks(run.id(), owner, ranges))) {
            throw new EtlLeaseLostException(run.run().date());
        }
    }

    private StoredEtlRun prepare(StoredEtlRun claimed, String owner) {
        LocalDate date = claimed.run().date();
        EtlPreparation.Prepared prepared = preparation.prepare(date, configuredBasis, limits.chunkSize());
        Instant now = clock.instant();
        unitOfWork.inNewTransaction(() -> {
            // the figures and the ranges commit together, or neither (a lease lost in between rolls both back)
            if (!runs.prepare(
                            claimed.id(),
                            owner,
                            configuredBasis,
                            prepared.totalMembers(),
                            prepared.coins(),
                            now,
                            now.plus(limits.leaseDuration()))
                    || !runs.addChunks(claimed.id(), owner, prepared.ranges())) {
                throw new EtlLeaseLostException(date);
            }
        });
        return runs.find(JOB, date).orElseThrow();
    }

    /**
     * Claims the next pending range and writes it in one transaction; false when none was left to claim. Once some
     * chunk found a coin's project total used up by the others, every later chunk of the run locks the coin totals
     * first and is clamped to what they leave (as one worker would have done).
     */
    private boolean writeNextChunk(RunContext context, String worker, boolean skipLocked, RunProgress progress) {
        if (!progress.clamping.get()) {
            try {
                return writeChunk(context, worker, skipLocked, false, progress);
            } catch (EtlBudgetExceededException exceeded) {
                progress.clamping.set(true);
            }
        }
        return writeChunk(context, worker, skipLocked, true, progress);
    }

    private boolean writeChunk(
            RunContext context, String worker, boolean skipLocked, boolean clamped, RunProgress progress) {
        Instant now = clock.instant();
        Optional<Written> chunk = unitOfWork.inNewTransaction(() -> runs.claimChunk(context.runId(), skipLocked)
                .map(range -> {
                    return writer.write(
                            context,
                            range,
                            runs.remaining(context.runId(), clamped),
                            limits.chunkSize(),
                            now,
                            now.plus(limits.leaseDuration()),
                            worker,
                            members -> listener.chunkWritten(context.date(), progress.processed.get() + members));
                }));
        chunk.ifPresent(written -> committed(context.date(), written, progress));
        return chunk.isPresent();
    }

    private void committed(LocalDate date, Written written, RunProgress progress) {
        progress.processed.addAndGet(written.members());
        metrics.chunk(written.members(), written.entries());
        if (written.clamped() && progress.clampReported.compareAndSet(false, true)) {
            // once per run: every later chunk of it is clamped too
            notifier.alert(Alert.warning(
                    "mining",
                    "Mining credits clamped to the project total",
                    "hash power grew during the run; later members got less than their share",
                    Map.of("date", date.toString())));
        }
    }

    /** What this instance's workers did in a run (shared by its threads). */
    private static final class RunProgress {
        private final AtomicLong processed;
        private final AtomicBoolean clamping = new AtomicBoolean();
        private final AtomicBoolean clampReported = new AtomicBoolean();

        RunProgress(long processedBefore) {
            this.processed = new AtomicLong(processedBefore);
        }
    }

    private static List<ProfitAllocation.CoinPlan> plansOf(EtlRun run) {
        return run.coins().stream()
                .map(coin ->
                        new ProfitAllocation.CoinPlan(coin.coin(), coin.perMega(), coin.projectTotal(), coin.scale()))
                .toList();
    }

    private void recordFailure(EtlRun run, String owner, RuntimeException failure) {
        String error = String.valueOf(failure.getMessage());
        String stored = error.length() > ERROR_LENGTH_MAX ? error.substring(0, ERROR_LENGTH_MAX) : error;
        log.warn("mining run of {} failed (resumable): {}", run.date(), stored);
        try {
            unitOfWork.inNewTransaction(() -> runs.fail(run.id(), owner, stored, clock.instant()));
            notifier.alertIndependently(Alert.warning(
                    "mining",
                    "Daily mining ETL failed",
                    stored,
                    Map.of("date", run.date().toString())));
        } catch (RuntimeException recordingFailed) {
            log.error("could not record the failure of the mining run of {}", run.date(), recordingFailed);
        }
    }
}

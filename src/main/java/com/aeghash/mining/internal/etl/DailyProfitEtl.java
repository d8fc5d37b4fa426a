package com.aeghash.mining.internal.etl;

import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.common.metrics.BatchRunMetrics;
import com.aeghash.ledger.Asset;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The daily mining ETL of one UTC date: claim the run's lease (the database-level guard against a second
 * instance or a manual run of the same date), fix the figures once, then credit members chunk by chunk in
 * keyset order, each chunk committed together with the run's progress. An interrupted run resumes after its
 * last committed chunk; a completed one is not touched again; ledger references make any replay a no-op.
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

    @Autowired
    public DailyProfitEtl(
            HashDamClient hashDam,
            Ledger ledger,
            EtlRunRepository runs,
            MiningBalanceRepository balances,
            Notifier notifier,
            ApplicationEventPublisher events,
            UnitOfWork unitOfWork,
            Clock clock,
            MiningProperties properties,
            MeterRegistry meters) {
        this(
                new EtlPreparation(hashDam, new HeldHashPower(ledger)),
                new EtlChunkWriter(ledger, new HeldHashPower(ledger), balances, runs, events),
                runs,
                notifier,
                unitOfWork,
                clock,
                properties.etl(),
                properties.etl().allocationBasis(),
                EtlChunkListener.NONE,
                new BatchRunMetrics(meters, JOB));
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
            BatchRunMetrics metrics) {
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
    }

    /**
     * The same ETL with other chunk limits and a listener told of every committed chunk (tests use it to stop a run
     * between chunks); the configured ETL has no listener. The allocation basis stays the configured one.
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
                metrics);
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

    private void process(StoredEtlRun claimed, String owner) {
        StoredEtlRun run = claimed.prepared() ? claimed : prepare(claimed, owner);
        LocalDate date = run.run().date();
        RunContext context = new RunContext(run.id(), date, owner, run.allocationBasis(), plansOf(run.run()));
        Map<Asset, BigDecimal> remaining = remainingOf(run.run());
        String cursor = run.cursorMemberId();
        long processed = run.run().processedMembers();
        boolean clampReported = false;
        for (Written written = writeChunk(context, cursor, remaining, processed);
                written.members() > 0;
                written = writeChunk(context, cursor, remaining, processed)) {
            cursor = written.cursor();
            processed += written.members();
            metrics.chunk(written.members(), written.entries());
            written.credited().forEach((coin, amount) -> remaining.merge(coin, amount.negate(), BigDecimal::add));
            if (written.clamped() && !clampReported) {
                clampReported = true; // once per run: every later chunk of it is clamped too
                notifier.alert(Alert.warning(
                        "mining",
                        "Mining credits clamped to the project total",
                        "hash power grew during the run; later members got less than their share",
                        Map.of("date", date.toString())));
            }
        }
        Instant now = clock.instant();
        if (!unitOfWork.inNewTransaction(() -> runs.complete(run.id(), owner, now))) {
            throw new EtlLeaseLostException(date);
        }
        log.info("mining run of {} completed: {} members", date, processed);
    }

    private StoredEtlRun prepare(StoredEtlRun claimed, String owner) {
        LocalDate date = claimed.run().date();
        EtlPreparation.Prepared prepared = preparation.prepare(date, configuredBasis);
        Instant now = clock.instant();
        if (!unitOfWork.inNewTransaction(() -> runs.prepare(
                claimed.id(),
                owner,
                configuredBasis,
                prepared.totalMembers(),
                prepared.coins(),
                now,
                now.plus(limits.leaseDuration())))) {
            throw new EtlLeaseLostException(date);
        }
        return runs.find(JOB, date).orElseThrow();
    }

    private Written writeChunk(RunContext context, String cursor, Map<Asset, BigDecimal> remaining, long processed) {
        Instant now = clock.instant();
        return unitOfWork.inNewTransaction(() -> {
            Written written =
                    writer.write(context, cursor, remaining, limits.chunkSize(), now, now.plus(limits.leaseDuration()));
            if (written.members() > 0) {
                listener.chunkWritten(context.date(), processed + written.members());
            }
            return written;
        });
    }

    private static List<ProfitAllocation.CoinPlan> plansOf(EtlRun run) {
        return run.coins().stream()
                .map(coin ->
                        new ProfitAllocation.CoinPlan(coin.coin(), coin.perMega(), coin.projectTotal(), coin.scale()))
                .toList();
    }

    private static Map<Asset, BigDecimal> remainingOf(EtlRun run) {
        Map<Asset, BigDecimal> remaining = new EnumMap<>(Asset.class);
        run.coins()
                .forEach(coin -> remaining.put(coin.coin(), coin.projectTotal().subtract(coin.creditedTotal())));
        return remaining;
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

package com.aeghash.mining.internal.etl;

import com.aeghash.ledger.Asset;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.internal.MiningProperties.AllocationBasis;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code etl_runs}, {@code etl_run_coin_totals} and {@code etl_run_chunks}. Every write after {@link #claim} is fenced
 * by the lease owner (and a chunk's progress also by its range still pending): it returns false, changing nothing, when the caller no
 * longer holds the run. Implemented over SQL and in memory.
 */
public interface EtlRunRepository {

    /** The run of the job and date, created ({@code running}, no lease) when absent. */
    StoredEtlRun findOrCreate(String job, LocalDate date, Instant now);

    Optional<StoredEtlRun> find(String job, LocalDate date);

    /** Newest dates first. */
    default List<EtlRun> recent(String job, int limit) {
        return before(job, LocalDate.of(10_000, 1, 1), limit);
    }

    /** The runs of dates before {@code date}, newest first (a keyset page: the run dates are unique per job). */
    List<EtlRun> before(String job, LocalDate date, int limit);

    /** Dates before {@code date} whose run is not completed, oldest first. */
    List<LocalDate> unfinishedBefore(String job, LocalDate date, int limit);

    /**
     * Takes the lease of a run that is not completed and whose lease is free or expired at {@code now}; the run
     * becomes {@code running} and its attempts grow by one.
     */
    boolean claim(long runId, String owner, Instant now, Instant leaseUntil);

    /**
     * Fixes the run's figures once: the allocation basis every chunk uses, members to process and, per coin,
     * vendor totals and the pro-rata scale.
     */
    boolean prepare(
            long runId,
            String owner,
            AllocationBasis basis,
            long totalMembers,
            List<EtlRun.CoinTotals> coins,
            Instant now,
            Instant leaseUntil);

    /**
     * Stores the run's member ranges (all {@code pending}) while {@code owner} holds the run: once when it is prepared,
     * or when a run prepared before ranges existed resumes (its members after its cursor).
     */
    boolean addChunks(long runId, String owner, List<EtlChunkRange> ranges);

    /** Whether the run has its ranges. */
    boolean hasChunks(long runId);

    /**
     * The pending range with the lowest number, locked until the caller's transaction ends ({@code FOR UPDATE}): the
     * lock is the chunk's lease. With {@code skipLocked} a range another transaction holds is passed over (a worker
     * takes the next one); without, the call waits for it (the last sweep of a run). Empty when none is left.
     */
    Optional<EtlChunkRange> claimChunk(long runId, boolean skipLocked);

    /** Ranges not done yet. */
    long pendingChunks(long runId);

    /**
     * What each coin's project total still allows ({@code project_total - credited_total}); with {@code lock} the coin
     * rows stay locked until the transaction ends, so no other chunk records credits meanwhile.
     */
    Map<Asset, BigDecimal> remaining(long runId, boolean lock);

    /**
     * Records one chunk in the chunk's transaction, while {@code owner} holds the run: marks its range done (a range
     * already done is not done again: false), adds its members and credited amounts to the run, renews the lease.
     * Credits beyond a coin's project total are refused by the store ({@code DataIntegrityViolationException}).
     */
    boolean recordChunk(long runId, String owner, EtlChunk chunk, Instant now, Instant leaseUntil);

    boolean complete(long runId, String owner, Instant now);

    /** Marks the run failed (resumable) and frees the lease. */
    boolean fail(long runId, String owner, String error, Instant now);
}

package com.aeghash.mining.internal.etl;

import com.aeghash.mining.EtlRun;
import com.aeghash.mining.internal.MiningProperties.AllocationBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code etl_runs} and {@code etl_run_coin_totals}. Every write after {@link #claim} is fenced by the lease
 * owner (and progress also by the expected cursor): it returns false, changing nothing, when the caller no
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
     * Records one committed chunk: moves the cursor from its {@code expectedCursor} (null = start) to its
     * {@code newCursor}, adds its members and credited amounts, renews the lease.
     */
    boolean recordChunk(long runId, String owner, EtlChunk chunk, Instant now, Instant leaseUntil);

    boolean complete(long runId, String owner, Instant now);

    /** Marks the run failed (resumable) and frees the lease. */
    boolean fail(long runId, String owner, String error, Instant now);
}

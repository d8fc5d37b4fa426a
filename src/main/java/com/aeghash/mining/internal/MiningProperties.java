package com.aeghash.mining.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and schedules of the mining module ({@code aeghash.mining.*}), checked at boot. The cron of the
 * daily ETL is {@code aeghash.mining.etl.cron} (UTC, default {@code 0 15 * * * *}: every hour at :15, so a
 * day whose run failed is retried within the hour; a completed day costs one query).
 */
@ConfigurationProperties("aeghash.mining")
public record MiningProperties(
        @DefaultValue Etl etl,
        @DefaultValue Withdrawals withdrawals,
        @DefaultValue Snapshots snapshots) {

    /**
     * @param chunkSize           members credited per transaction (committed together with the run's progress)
     * @param leaseDuration       how long a run's lease lasts without progress before another instance may take over
     * @param operatorWindowDays  one operator may start the run of a UTC date at most this many days before today
     *                            (0-7; default 2: yesterday and the day before); an older date the schedule never ran
     *                            needs a second operator's approval
     * @param allocationBasis     which hash power of a day its coins are shared by: {@code time-weighted} (default;
     *                            what each member held during the UTC day, weighted by time) or {@code start-of-day}
     *                            (the balance at 00:00 UTC of the day)
     * @param workers             chunks written at once by one run (0-64), each on its own connection over disjoint
     *                            member ranges; 0 (default) = the database pool's share for batch work, a quarter of
     *                            {@code spring.datasource.hikari.maximum-pool-size} (at least 1): 5 with the default
     *                            pool of 20 (the pool is sized for the database's cores, the rest serves requests)
     */
    public record Etl(
            @DefaultValue("2000") int chunkSize,
            @DefaultValue("2m") Duration leaseDuration,
            @DefaultValue("2") int operatorWindowDays,
            @DefaultValue("time-weighted") AllocationBasis allocationBasis,
            @DefaultValue("0") int workers) {

        /** Share of the database pool a run's workers take when {@code workers} is 0. */
        static final int POOL_SHARE_DIVISOR = 4;

        /** The default allocation basis, time-weighted, one worker. */
        public Etl(int chunkSize, Duration leaseDuration, int operatorWindowDays) {
            this(chunkSize, leaseDuration, operatorWindowDays, AllocationBasis.TIME_WEIGHTED, 1);
        }

        /** One worker. */
        public Etl(int chunkSize, Duration leaseDuration, int operatorWindowDays, AllocationBasis allocationBasis) {
            this(chunkSize, leaseDuration, operatorWindowDays, allocationBasis, 1);
        }

        /** These limits with {@code count} workers. */
        public Etl withWorkers(int count) {
            return new Etl(chunkSize, leaseDuration, operatorWindowDays, allocationBasis, count);
        }

        /** The workers a run starts: {@code workers}, or the pool's share for batch work when it is 0. */
        public int workersFor(int databasePoolSize) {
            return workers > 0 ? workers : Math.max(1, databasePoolSize / POOL_SHARE_DIVISOR);
        }

        @ConstructorBinding
        public Etl {
            require(allocationBasis != null, "aeghash.mining.etl.allocation-basis must be set");
            require(chunkSize >= 1 && chunkSize <= 10_000, "aeghash.mining.etl.chunk-size must be 1-10000");
            require(
                    leaseDuration.compareTo(Duration.ofSeconds(10)) >= 0,
                    "aeghash.mining.etl.lease-duration must be at least 10s");
            require(
                    operatorWindowDays >= 0 && operatorWindowDays <= 7,
                    "aeghash.mining.etl.operator-window-days must be 0-7");
            require(workers >= 0 && workers <= 64, "aeghash.mining.etl.workers must be 0-64");
        }
    }

    /**
     * @param attemptsMax            vendor requests per withdrawal when each one is refused definitely
     * @param firstRetryDelay        wait before the second request; doubles after each refusal
     * @param matchWindow            clock difference tolerated when matching our request to a vendor history row
     * @param submittingStaleAfter   a row still submitting after this is taken as unknown (its caller died)
     * @param unknownCheckSchedule   delays between history look-ups of an unknown withdrawal; after the last
     *                               one an operator is alerted
     * @param submittedCheckInterval how often a submitted withdrawal's status is read
     * @param janitorInterval        how often the reconciler runs (the key keeps the older word "janitor")
     * @param janitorBatchSize       withdrawals looked at per reconciler run
     * @param historyPagesMax        history pages (100 rows each) read when searching for a lost request
     * @param historyNotFoundChecks  look-ups of HashDam's history that must each have found no match (and a last one
     *                               when the operator decides) before one operator may declare an unknown withdrawal
     *                               failed; otherwise that takes a second operator (1-20, default 4: the default
     *                               schedule)
     */
    public record Withdrawals(
            @DefaultValue("3") int attemptsMax,
            @DefaultValue("1s") Duration firstRetryDelay,
            @DefaultValue("10m") Duration matchWindow,
            @DefaultValue("5m") Duration submittingStaleAfter,
            @DefaultValue({"5m", "1h", "1d", "1d"}) List<Duration> unknownCheckSchedule,
            @DefaultValue("1m") Duration submittedCheckInterval,
            @DefaultValue("1m") Duration janitorInterval,
            @DefaultValue("100") int janitorBatchSize,
            @DefaultValue("10") int historyPagesMax,
            @DefaultValue("4") int historyNotFoundChecks) {

        public Withdrawals {
            unknownCheckSchedule = List.copyOf(unknownCheckSchedule);
            require(attemptsMax >= 1 && attemptsMax <= 10, "aeghash.mining.withdrawals.attempts-max must be 1-10");
            require(
                    !unknownCheckSchedule.isEmpty() && unknownCheckSchedule.size() <= 20,
                    "aeghash.mining.withdrawals.unknown-check-schedule needs 1-20 delays");
            require(
                    janitorBatchSize >= 1 && janitorBatchSize <= 1000,
                    "aeghash.mining.withdrawals.janitor-batch-size must be 1-1000");
            require(
                    historyPagesMax >= 1 && historyPagesMax <= 100,
                    "aeghash.mining.withdrawals.history-pages-max must be 1-100");
            require(
                    historyNotFoundChecks >= 1 && historyNotFoundChecks <= 20,
                    "aeghash.mining.withdrawals.history-not-found-checks must be 1-20");
        }
    }

    /** Which hash power of a mined day shares its coins. */
    public enum AllocationBasis {
        /** What each member held during the day, weighted by time: 100 MH/s for half the day weighs 50. */
        TIME_WEIGHTED,
        /** The balance at the start of the day; changes during the day count from the next day. */
        START_OF_DAY;

        /** As configured and as a run stores and shows it: {@code time-weighted}, {@code start-of-day}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The basis a run stored; null (a run prepared before the basis was stored) is time-weighted. */
        public static AllocationBasis fromWireName(String wireName) {
            return wireName == null
                    ? TIME_WEIGHTED
                    : valueOf(wireName.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** @param interval how often the project snapshot is taken */
    public record Snapshots(@DefaultValue("1h") Duration interval) {}

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

package com.aeghash.withdrawal.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.common.metrics.SnapshotGauges;
import com.aeghash.common.metrics.VendorCallMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges of the withdrawals not yet final, from one {@code GROUP BY} over the status index, taken at most every
 * {@value #SNAPSHOT_SECONDS} seconds: {@code aeghash.withdrawals.open} (how many are in each state) and
 * {@code aeghash.withdrawals.oldest.age} (seconds since the oldest of each state was requested), and
 * {@code aeghash.vendor.outcomes.unknown{kind=withdrawal}} (payouts whose outcome is unknown).
 */
@Component
class WithdrawalMetrics {

    static final String OPEN = "aeghash.withdrawals.open";
    static final String OLDEST_AGE = "aeghash.withdrawals.oldest.age";
    static final long SNAPSHOT_SECONDS = 10;

    private record Key(WithdrawalStatus state, boolean age) {}

    private static final List<WithdrawalStatus> OPEN_STATES = Arrays.stream(WithdrawalStatus.values())
            .filter(state -> !state.isFinal())
            .toList();

    private final JdbcClient jdbc;
    private final Clock clock;

    WithdrawalMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        SnapshotGauges<Key> gauges = new SnapshotGauges<>(this::snapshot, Duration.ofSeconds(SNAPSHOT_SECONDS), clock);
        for (WithdrawalStatus state : OPEN_STATES) {
            Tags tags = Tags.of("state", state.wireName());
            gauges.gauge(meters, OPEN, "withdrawals in each state not yet final", tags, new Key(state, false));
            gauges.gauge(
                    meters,
                    OLDEST_AGE,
                    "seconds",
                    "age of the oldest withdrawal in each state",
                    tags,
                    new Key(state, true));
        }
        gauges.gauge(
                meters,
                VendorCallMetrics.UNKNOWN_OUTCOMES,
                "vendor calls whose outcome is unknown, awaiting reconciliation",
                Tags.of("kind", "withdrawal"),
                new Key(WithdrawalStatus.OUTCOME_UNKNOWN, false));
    }

    private Map<Key, Double> snapshot() {
        Instant now = clock.instant();
        Map<Key, Double> values = new HashMap<>();
        jdbc.sql("""
                SELECT status, COUNT(*) AS n, MIN(created_at) AS oldest FROM withdrawal_requests
                WHERE status IN (:states) GROUP BY status""")
                .param(
                        "states",
                        OPEN_STATES.stream().map(WithdrawalStatus::wireName).toList())
                .query(row -> {
                    WithdrawalStatus state = WithdrawalStatus.fromWireName(row.getString("status"))
                            .orElseThrow();
                    values.put(new Key(state, false), (double) row.getLong("n"));
                    Instant oldest = SqlTimes.instant(row, "oldest");
                    values.put(new Key(state, true), (double)
                            Math.max(0, Duration.between(oldest, now).toSeconds()));
                });
        return values;
    }
}

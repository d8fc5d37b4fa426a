package com.aeghash.common.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges that read one snapshot: a single query (a {@code GROUP BY}) answers every gauge of the group, and it is
 * asked at most once per {@code maxAge} however many gauges are scraped and however often. A value the snapshot
 * does not hold is 0; while the query fails, every gauge of the group is NaN (Prometheus shows no value).
 *
 * @param <K> what tells the gauges of the group apart (e.g. a state and what is measured of it)
 */
public final class SnapshotGauges<K> {

    private static final Logger log = LoggerFactory.getLogger(SnapshotGauges.class);

    private final Supplier<Map<K, Double>> query;
    private final Duration maxAge;
    private final Clock clock;
    private Map<K, Double> snapshot;
    private Instant takenAt;

    /** {@code clock} is the application's: the snapshot is taken again once it is {@code maxAge} old by it. */
    public SnapshotGauges(Supplier<Map<K, Double>> query, Duration maxAge, Clock clock) {
        this.query = query;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Registers a gauge {@code name} with {@code tags} showing the snapshot's value at {@code key}. */
    public SnapshotGauges<K> gauge(MeterRegistry meters, String name, String description, Tags tags, K key) {
        return gauge(meters, name, null, description, tags, key);
    }

    /** The same, for a gauge measured in {@code baseUnit} (e.g. {@code seconds}). */
    public SnapshotGauges<K> gauge(
            MeterRegistry meters, String name, String baseUnit, String description, Tags tags, K key) {
        Gauge.builder(name, this, gauges -> gauges.valueOf(key))
                .description(description)
                .baseUnit(baseUnit)
                .tags(tags)
                .register(meters);
        return this;
    }

    synchronized double valueOf(K key) {
        Instant now = clock.instant();
        if (takenAt == null || !now.isBefore(takenAt.plus(maxAge))) {
            snapshot = take();
            takenAt = now;
        }
        return snapshot == null ? Double.NaN : snapshot.getOrDefault(key, 0.0);
    }

    private Map<K, Double> take() {
        try {
            return Map.copyOf(query.get());
        } catch (RuntimeException failure) {
            log.warn("metrics snapshot failed: {}", failure.getMessage());
            return null;
        }
    }
}

package com.aeghash.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.MutableClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapshotGaugesTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicInteger queries = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    @Test
    void everyGaugeOfTheGroupReadsOneSnapshotWhileItIsFresh() {
        new SnapshotGauges<>(() -> Map.of("a", 2.0 + queries.incrementAndGet()), Duration.ofMinutes(1), clock)
                .gauge(meters, "test.gauge", "a", Tags.of("key", "a"), "a")
                .gauge(meters, "test.gauge", "b", Tags.of("key", "b"), "b");

        for (int scrape = 0; scrape < 5; scrape++) {
            assertThat(meters.get("test.gauge").tag("key", "a").gauge().value()).isEqualTo(3.0);
            assertThat(meters.get("test.gauge").tag("key", "b").gauge().value())
                    .as("absent from the snapshot")
                    .isZero();
        }
        assertThat(queries).hasValue(1);
    }

    @Test
    void aStaleSnapshotIsTakenAgain() {
        new SnapshotGauges<>(() -> Map.of("a", (double) queries.incrementAndGet()), Duration.ofSeconds(10), clock)
                .gauge(meters, "test.gauge", "a", Tags.empty(), "a");

        assertThat(meters.get("test.gauge").gauge().value()).isEqualTo(1.0);
        clock.advance(Duration.ofSeconds(9));
        assertThat(meters.get("test.gauge").gauge().value()).isEqualTo(1.0);
        clock.advance(Duration.ofSeconds(1));
        assertThat(meters.get("test.gauge").gauge().value()).isEqualTo(2.0);
    }

    @Test
    void aFailedQueryShowsNoValueAndIsNotRepeatedWhileFresh() {
        new SnapshotGauges<String>(
                        () -> {
                            queries.incrementAndGet();
                            throw new IllegalStateException("database down");
                        },
                        Duration.ofMinutes(1),
                        clock)
                .gauge(meters, "test.gauge", "a", Tags.empty(), "a");

        assertThat(meters.get("test.gauge").gauge().value()).isNaN();
        assertThat(meters.get("test.gauge").gauge().value()).isNaN();
        assertThat(queries).hasValue(1);
    }
}

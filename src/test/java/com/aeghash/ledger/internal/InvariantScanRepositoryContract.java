package com.aeghash.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InvariantScanRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class InvariantScanRepositoryContract {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private InvariantScanRepository scans;

    abstract InvariantScanRepository createRepository();

    @BeforeEach
    void setUp() {
        scans = createRepository();
    }

    @Test
    void nothingIsRecordedBeforeTheFirstScan() {
        assertThat(scans.last()).isEmpty();
    }

    @Test
    void theLastScanComesBackAsRecorded() {
        InvariantScan scan = new InvariantScan(
                NOW, Duration.ofMillis(1234), 42, 2, List.of("postings of LTC sum to 1", "entry 7 is unbalanced"));

        scans.record(scan);

        assertThat(scans.last()).contains(scan);
    }

    @Test
    void aLaterScanReplacesAnEarlierOneButAnEarlierOneFinishingLastDoesNot() {
        InvariantScan earlier = new InvariantScan(NOW, Duration.ofSeconds(40), 10, 1, List.of("violation"));
        InvariantScan later = new InvariantScan(NOW.plusSeconds(30), Duration.ofSeconds(1), 11, 0, List.of());

        scans.record(earlier);
        scans.record(later);
        scans.record(earlier);

        assertThat(scans.last()).contains(later);
    }

    @Test
    void violationsBeyondWhatIsKeptAreCountedNotListed() {
        List<String> many = IntStream.range(0, 100)
                .mapToObj(index -> "cached balance of member-" + index + "/POINT/AVAILABLE is 1 but postings sum to 2")
                .toList();

        scans.record(new InvariantScan(NOW, Duration.ofSeconds(3), 100, 100, many));

        InvariantScan kept = scans.last().orElseThrow();
        assertThat(kept.violationCount()).isEqualTo(100);
        assertThat(kept.violations()).isNotEmpty().isSubsetOf(many);
        assertThat(String.join("\n", kept.violations())).hasSizeLessThanOrEqualTo(4000);
    }
}

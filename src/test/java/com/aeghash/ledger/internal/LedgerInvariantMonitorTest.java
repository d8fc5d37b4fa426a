package com.aeghash.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.InvariantReport;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.RecordingNotifier;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The ledger's health contributor reports scans and never starts one (anyone may ask for health, often). */
class LedgerInvariantMonitorTest {

    static final LedgerProperties PROPERTIES = new LedgerProperties(Duration.ofMinutes(10), Duration.ofMinutes(30));
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    final CountingRepository ledgerRows = new CountingRepository();
    final InMemoryInvariantScanRepository scans = new InMemoryInvariantScanRepository();
    final RecordingNotifier notifier = new RecordingNotifier();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final LedgerInvariantMonitor monitor = monitor();

    @Test
    void tenConcurrentHealthRequestsStartNoScanAndSayNoneRanYet() throws Exception {
        List<Health> answers = Concurrently.run(10, request -> monitor.health());

        assertThat(ledgerRows.scans).hasValue(0);
        assertThat(answers).allSatisfy(health -> {
            assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.getDetails().get("scan").toString()).startsWith("no scan yet");
        });
    }

    @Test
    void healthReportsTheLastScheduledScanWithItsAge() {
        monitor.scheduledCheck();
        clock.advance(Duration.ofMinutes(7));

        Health health = monitor.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails())
                .containsEntry("checkedAt", "2026-12-01T09:00:00Z")
                .containsEntry("ageSeconds", 420L)
                .containsEntry("violationCount", 0)
                .containsEntry("scan", "recent");
        assertThat(ledgerRows.scans).hasValue(1);
    }

    @Test
    void aScanOlderThanTheMaximumAgeIsReportedStaleAndNotRepeated() {
        monitor.scheduledCheck();
        clock.advance(PROPERTIES.invariantCheckMaxAge().plusSeconds(1));

        Health health = monitor.health();

        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(health.getDetails()).containsEntry("scan", "stale").containsEntry("ageSeconds", 1801L);
        assertThat(ledgerRows.scans).hasValue(1);
    }

    @Test
    void aScanThatFoundViolationsKeepsHealthDownAndAlertsHoweverOldItIs() {
        ledgerRows.violation = "postings of LTC sum to 0.5";
        monitor.scheduledCheck();
        clock.advance(Duration.ofHours(5));

        Health health = monitor.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("violations", List.of("postings of LTC sum to 0.5"));
        assertThat(notifier.about("1")).isNotEmpty();
        assertThat(notifier.alerts())
                .anySatisfy(alert -> assertThat(alert.title()).isEqualTo("Ledger invariant violated"));
    }

    @Test
    void theMetricsShowTheLastRecordedScanAndEachScanByResult() {
        assertThat(meters.get(LedgerInvariantMonitor.SCAN_AGE_METRIC).gauge().value())
                .as("no scan yet")
                .isNaN();
        ledgerRows.violation = "postings of LTC sum to 0.5";
        monitor.scheduledCheck();
        clock.advance(Duration.ofSeconds(30));

        assertThat(meters.get(LedgerInvariantMonitor.VIOLATIONS_METRIC).gauge().value())
                .isEqualTo(1.0);
        assertThat(meters.get(LedgerInvariantMonitor.SCANS_METRIC)
                        .tag("result", "violated")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void afterARestartHealthReportsTheScanRecordedBeforeIt() {
        monitor.scheduledCheck();
        clock.advance(Duration.ofMinutes(2));

        Health afterRestart = monitor().health();

        assertThat(afterRestart.getStatus()).isEqualTo(Status.UP);
        assertThat(afterRestart.getDetails()).containsEntry("ageSeconds", 120L);
        assertThat(ledgerRows.scans).hasValue(1);
    }

    @Test
    void operatorsAskingAtOnceShareOneScanInsteadOfQueueingOneEach() throws Exception {
        ledgerRows.slow = new CountDownLatch(1);

        List<InvariantReport> reports = Concurrently.run(5, operator -> {
            if (operator == 0) {
                return monitor.scanNow();
            }
            awaitQuietly(ledgerRows.started);
            ledgerRows.slow.countDown();
            return monitor.scanNow();
        });

        assertThat(ledgerRows.scans).hasValue(1);
        assertThat(reports).allSatisfy(report -> assertThat(report).isSameAs(reports.get(0)));
        clock.advance(Duration.ofSeconds(1));
        monitor.scanNow();
        assertThat(ledgerRows.scans)
                .as("a request after the scan finished scans again")
                .hasValue(2);
    }

    private LedgerInvariantMonitor monitor() {
        return new LedgerInvariantMonitor(
                new LedgerService(ledgerRows, clock), scans, notifier, clock, PROPERTIES, meters);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The in-memory ledger, counting its full scans; optionally slow (held until released) or finding a violation. */
    static final class CountingRepository extends InMemoryLedgerRepository {

        final AtomicInteger scans = new AtomicInteger();
        final CountDownLatch started = new CountDownLatch(1);
        volatile CountDownLatch slow;
        volatile String violation;

        @Override
        public InvariantReport checkInvariants(Instant now) {
            scans.incrementAndGet();
            started.countDown();
            if (slow != null) {
                awaitQuietly(slow);
            }
            InvariantReport report = super.checkInvariants(now);
            return violation == null
                    ? report
                    : new InvariantReport(report.checkedAt(), List.of(violation), report.accountsChecked());
        }
    }
}

package com.aeghash.ledger.internal;

import com.aeghash.common.metrics.SnapshotGauges;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The ledger's self-check: the full scan of every posting, and the {@code ledger} health contributor that reports it.
 *
 * <p>Health is asked by anyone (load balancers, monitors, the anonymous) and often, so it never scans: it reads the
 * last recorded scan (one row, shared by every instance) and says how old it is.
 * <ul>
 *   <li>no scan recorded yet: {@code UNKNOWN}, "no scan yet" (the first scheduled one comes a minute after start);
 *   <li>the last scan found violations: {@code DOWN}, however old, until a scan finds none;
 *   <li>the last scan found none and is at most {@code aeghash.ledger.invariant-check-max-age} old: {@code UP};
 *   <li>older than that (the schedule stopped, or every instance is down but this one): {@code UNKNOWN}, "stale".
 * </ul>
 * Scans are started only by the schedule ({@code aeghash.ledger.invariant-check-interval}, one instance at a time
 * under its lock, alerting on violations) and by operators ({@code GET /api/v1/ops/ledger/invariants}). On one
 * instance at most one scan runs at a time: a caller who waited while another scan ran gets that scan's result when
 * it started after the caller asked, so concurrent requests share one scan instead of queueing one each.
 */
@Component("ledger")
class LedgerInvariantMonitor implements HealthIndicator {

    private final LedgerService ledger;
    private final InvariantScanRepository scans;
    private final Notifier notifier;
    private final Clock clock;
    private final LedgerProperties properties;
    private final MeterRegistry meters;
    private final Object scanning = new Object();

    static final String VIOLATIONS_METRIC = "aeghash.ledger.invariants.violations";
    static final String SCAN_AGE_METRIC = "aeghash.ledger.invariants.scan.age";
    static final String SCANS_METRIC = "aeghash.ledger.invariants.scans";
    private InvariantReport lastOnThisInstance;

    LedgerInvariantMonitor(
            LedgerService ledger,
            InvariantScanRepository scans,
            Notifier notifier,
            Clock clock,
            LedgerProperties properties,
            MeterRegistry meters) {
        this.ledger = ledger;
        this.scans = scans;
        this.notifier = notifier;
        this.clock = clock;
        this.properties = properties;
        this.meters = meters;
        new SnapshotGauges<String>(this::lastScanFigures, Duration.ofSeconds(10), clock)
                .gauge(
                        meters,
                        VIOLATIONS_METRIC,
                        "violations found by the last recorded ledger scan",
                        Tags.empty(),
                        "violations")
                .gauge(meters, SCAN_AGE_METRIC, "seconds", "age of the last recorded ledger scan", Tags.empty(), "age");
    }

    /** The last recorded scan (any instance's): how many violations it found and how old it is; empty before one. */
    private Map<String, Double> lastScanFigures() {
        return scans.last()
                .map(scan -> Map.of("violations", (double) scan.violationCount(), "age", (double)
                        Duration.between(scan.checkedAt(), clock.instant()).toSeconds()))
                .orElse(Map.of("age", Double.NaN));
    }

    /** Scans now (or shares a scan that started after this call) and records the result for health. */
    InvariantReport scanNow() {
        Instant asked = clock.instant();
        synchronized (scanning) {
            if (lastOnThisInstance != null && !lastOnThisInstance.checkedAt().isBefore(asked)) {
                return lastOnThisInstance;
            }
            long startedNanos = System.nanoTime();
            InvariantReport report = ledger.checkInvariants();
            Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
            scans.record(InvariantScan.of(report, took));
            Timer.builder(SCANS_METRIC)
                    .description("ledger invariant scans run on this instance, by result")
                    .tag("result", report.healthy() ? "healthy" : "violated")
                    .register(meters)
                    .record(took);
            lastOnThisInstance = report;
            return report;
        }
    }

    @Scheduled(fixedDelayString = "${aeghash.ledger.invariant-check-interval:10m}", initialDelayString = "1m")
    @SchedulerLock(
            name = "ledger-invariant-check",
            lockAtMostFor = "PT1H",
            lockAtLeastFor = "${aeghash.ledger.invariant-check-interval:10m}")
    void scheduledCheck() {
        InvariantReport report = scanNow();
        if (!report.healthy()) {
            notifier.alert(Alert.critical(
                    "ledger",
                    "Ledger invariant violated",
                    String.join("; ", report.violations()),
                    Map.of("violations", "" + report.violations().size())));
        }
    }

    @Override
    public Health health() {
        Optional<InvariantScan> last = scans.last();
        if (last.isEmpty()) {
            return Health.unknown()
                    .withDetail(
                            "scan",
                            "no scan yet: the scheduled scan runs every "
                                    + properties.invariantCheckInterval().toMinutes()
                                    + " minutes, the first one a minute "
                                    + "after start")
                    .build();
        }
        InvariantScan scan = last.get();
        Duration age = Duration.between(scan.checkedAt(), clock.instant());
        boolean stale = age.compareTo(properties.invariantCheckMaxAge()) > 0;
        Health.Builder health = !scan.healthy() ? Health.down() : stale ? Health.unknown() : Health.up();
        return health.withDetail("scan", stale ? "stale" : "recent")
                .withDetail("checkedAt", scan.checkedAt().toString())
                .withDetail("ageSeconds", Math.max(age.toSeconds(), 0))
                .withDetail("tookMillis", scan.took().toMillis())
                .withDetail("accountsChecked", scan.accountsChecked())
                .withDetail("violationCount", scan.violationCount())
                .withDetail("violations", scan.violations())
                .build();
    }
}

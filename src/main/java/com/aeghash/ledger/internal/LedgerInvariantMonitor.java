package com.aeghash.ledger.internal;

import com.aeghash.ledger.InvariantReport;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the ledger's self-check fresh for the {@code ledger} health contributor. The full check scans
 * every posting, so health reports the last result and re-runs it only when it is older than
 * {@code aeghash.ledger.invariant-check-max-age}; a scheduled run also alerts when it finds a violation.
 */
@Component("ledger")
class LedgerInvariantMonitor implements HealthIndicator {

    private final LedgerService ledger;
    private final Notifier notifier;
    private final Clock clock;
    private final Duration maxAge;
    private volatile InvariantReport last;

    LedgerInvariantMonitor(
            LedgerService ledger,
            Notifier notifier,
            Clock clock,
            @Value("${aeghash.ledger.invariant-check-max-age:5m}") Duration maxAge) {
        this.ledger = ledger;
        this.notifier = notifier;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    synchronized InvariantReport checkNow() {
        last = ledger.checkInvariants();
        return last;
    }

    @Scheduled(fixedDelayString = "${aeghash.ledger.invariant-check-interval:10m}", initialDelayString = "1m")
    @SchedulerLock(name = "ledger-invariant-check")
    void scheduledCheck() {
        InvariantReport report = checkNow();
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
        InvariantReport report = last;
        if (report == null || report.checkedAt().plus(maxAge).isBefore(clock.instant())) {
            report = checkNow();
        }
        Health.Builder health = report.healthy() ? Health.up() : Health.down();
        return health.withDetail("checkedAt", report.checkedAt().toString())
                .withDetail("accountsChecked", report.accountsChecked())
                .withDetail("violations", report.violations())
                .build();
    }
}

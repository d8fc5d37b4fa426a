package com.aeghash.mining.internal.backing;

import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.MemberHolding;
import com.aeghash.mining.BackingReport;
import com.aeghash.mining.ProjectSnapshot;
import com.aeghash.mining.internal.HashDamUnavailable;
import com.aeghash.mining.internal.hashdam.HashBalance;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.mining.internal.hashdam.HashDamException;
import com.aeghash.mining.internal.procurement.ProcurementProperties;
import com.aeghash.mining.internal.project.ProjectSnapshotService;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Members' hash power (the sum of their ledger HASHPOWER, read in pages of the ledger's keyset API) against the
 * project's at HashDam ({@code hashBalance}: the latest project snapshot, or a fresh read). Each report stores the
 * day's figures (the trend); a check also alerts, at most once per {@code backing-alert-interval}, while members exceed
 * the project by more than {@code backing-margin-percent}.
 */
@Service
public class BackingService {

    private static final int PAGE = 10_000;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Ledger ledger;
    private final ProjectSnapshotService snapshots;
    private final HashDamClient hashDam;
    private final BackingSnapshotRepository days;
    private final Notifier notifier;
    private final UnitOfWork unitOfWork;
    private final ProcurementProperties properties;
    private final Clock clock;

    BackingService(
            Ledger ledger,
            ProjectSnapshotService snapshots,
            HashDamClient hashDam,
            BackingSnapshotRepository days,
            Notifier notifier,
            UnitOfWork unitOfWork,
            ProcurementProperties properties,
            Clock clock) {
        this.ledger = ledger;
        this.snapshots = snapshots;
        this.hashDam = hashDam;
        this.days = days;
        this.notifier = notifier;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
    }

    /** The figures now, stored as today's; {@code fresh} reads HashDam now instead of the latest project snapshot. */
    public BackingReport report(boolean fresh) {
        Instant now = clock.instant();
        ProjectReading project = projectBalance(fresh);
        BackingReport.Day today = new BackingReport.Day(
                LocalDate.ofInstant(now, ZoneOffset.UTC),
                membersPower(),
                project.balance().power(),
                project.balance().credit(),
                now);
        unitOfWork.inNewTransaction(() -> days.save(today));
        return reportOf(today, project.readAt(), days.recent(properties.backingTrendDays()));
    }

    /** A report that also raises the alert when members exceed the margin (the scheduled check's body). */
    public BackingReport check(boolean fresh) {
        BackingReport report = report(fresh);
        if (report.aboveMargin()) {
            alertThrottled(report);
        }
        return report;
    }

    private void alertThrottled(BackingReport report) {
        Instant now = clock.instant();
        unitOfWork.inNewTransaction(() -> {
            if (days.claimAlert(
                    LocalDate.ofInstant(now, ZoneOffset.UTC), now.minus(properties.backingAlertInterval()), now)) {
                notifier.alert(Alert.critical(
                        "mining",
                        "Members' hash power exceeds the project's at HashDam",
                        "Members hold " + report.membersPower().toPlainString() + " MH/s, the project "
                                + report.projectPower().toPlainString() + " MH/s (credit "
                                + report.projectCredit().toPlainString() + "): procure hash power or stop selling it.",
                        Map.of(
                                "membersPower", report.membersPower().toPlainString(),
                                "projectPower", report.projectPower().toPlainString(),
                                "shortfallPercent", String.valueOf(report.shortfallPercent()),
                                "marginPercent", report.marginPercent().toPlainString())));
            }
        });
    }

    private BackingReport reportOf(BackingReport.Day today, Instant readAt, List<BackingReport.Day> trend) {
        BigDecimal excess = today.membersPower().subtract(today.projectPower());
        BigDecimal shortfall = excess.signum() <= 0
                ? BigDecimal.ZERO
                : today.projectPower().signum() == 0
                        ? null
                        : excess.multiply(HUNDRED).divide(today.projectPower(), 2, RoundingMode.DOWN);
        // Exactly: excess / project > margin / 100, without the shown percentage's rounding (a shortfall of 0.004 %
        // is above a margin of 0).
        boolean above = excess.signum() > 0
                && excess.multiply(HUNDRED)
                                .compareTo(properties.backingMarginPercent().multiply(today.projectPower()))
                        > 0;
        return new BackingReport(
                today.membersPower(),
                today.projectPower(),
                today.projectCredit(),
                readAt,
                today.difference(),
                shortfall,
                properties.backingMarginPercent(),
                above,
                trend);
    }

    private BigDecimal membersPower() {
        BigDecimal total = BigDecimal.ZERO;
        String after = null;
        List<MemberHolding> page;
        do {
            page = ledger.membersHolding(Asset.HASHPOWER, Bucket.AVAILABLE, after, PAGE);
            for (MemberHolding holding : page) {
                total = total.add(holding.amount());
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).memberId();
        } while (page.size() == PAGE);
        return total;
    }

    /** HashDam's {@code hashBalance} and when it was read. */
    private record ProjectReading(HashBalance balance, Instant readAt) {}

    private ProjectReading projectBalance(boolean fresh) {
        Optional<ProjectSnapshot> latest = fresh ? Optional.empty() : snapshots.latest();
        if (latest.isPresent()) {
            ProjectSnapshot.HashBalance balance = latest.get().hashBalance();
            return new ProjectReading(
                    new HashBalance(balance.date(), balance.credit(), balance.power()),
                    latest.get().takenAt());
        }
        try {
            return new ProjectReading(hashDam.hashBalance(), clock.instant());
        } catch (HashDamException failure) {
            throw HashDamUnavailable.of(failure);
        }
    }
}

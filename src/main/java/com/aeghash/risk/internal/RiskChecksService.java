package com.aeghash.risk.internal;

import com.aeghash.common.Amounts;
import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ResultPage;
import com.aeghash.ledger.Asset;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.partner.MemberSales;
import com.aeghash.risk.KnownDevice;
import com.aeghash.risk.RiskAssessment;
import com.aeghash.risk.RiskChecks;
import com.aeghash.risk.RiskEvent;
import com.aeghash.risk.RiskFinding;
import com.aeghash.risk.RiskSeverity;
import com.aeghash.risk.WithdrawalRiskCheck;
import com.aeghash.risk.WithdrawnAmounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the facts (device sighting, amount withdrawn in the window), runs the pure {@link RiskRules}, and
 * records what they found. Everything joins the caller's transaction, so a request that fails later leaves
 * no finding, device or alert behind.
 */
@Service
@Transactional
class RiskChecksService implements RiskChecks {

    static final String SOURCE = "risk";
    static final int DEVICES_MAX = 100;
    static final int EVENTS_MAX = 100;
    /** A first sighting later than any: the keyset position before a member's newest device. */
    static final Instant AFTER_ANY_SIGHTING = Instant.parse("9999-12-31T23:59:59Z");

    private final RiskSettings settings;
    private final RiskEventRepository events;
    private final KnownDeviceRepository devices;
    private final WithdrawnAmounts withdrawnAmounts;
    private final MemberSales memberSales;
    private final Notifier notifier;
    private final Clock clock;

    RiskChecksService(
            RiskSettings settings,
            RiskEventRepository events,
            KnownDeviceRepository devices,
            WithdrawnAmounts withdrawnAmounts,
            MemberSales memberSales,
            Notifier notifier,
            Clock clock) {
        this.settings = settings;
        this.events = events;
        this.devices = devices;
        this.withdrawnAmounts = withdrawnAmounts;
        this.memberSales = memberSales;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public RiskAssessment assessWithdrawal(WithdrawalRiskCheck check) {
        Instant now = clock.instant();
        boolean deviceIsNew =
                check.deviceId() == null || devices.recordSighting(check.memberId(), check.deviceId(), now);
        BigDecimal amountInWindow =
                withdrawnAmounts.requestedSince(check.memberId(), check.asset(), now.minus(settings.velocityWindow()));
        List<RiskFinding> findings = RiskRules.evaluate(
                new RiskFacts(check, amountInWindow, deviceIsNew, now, salesCapFacts(check)), settings);
        findings.forEach(finding -> record(check, finding, now));
        return new RiskAssessment(findings);
    }

    /** The platform's sales cap applies to POINT (bonus) withdrawals only; null when it does not apply. */
    private RiskFacts.SalesCapFacts salesCapFacts(WithdrawalRiskCheck check) {
        if (check.asset() != Asset.POINT || !settings.salesCapEnabled()) {
            return null;
        }
        BigDecimal withdrawnInTotal = withdrawnAmounts.requestedSince(check.memberId(), Asset.POINT, Instant.EPOCH);
        return new RiskFacts.SalesCapFacts(
                withdrawnInTotal, memberSales.paidSalesOf(check.memberId()).pvAmount());
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<RiskEvent> events(String memberId, RiskSeverity severity, Paging paging) {
        return paging.pageOf(events.find(memberId, severity, paging.offset(), paging.fetchSize()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RiskEvent> eventsAfter(
            String memberId, RiskSeverity severity, Long afterId, boolean newestFirst, int limit) {
        long from = afterId != null ? afterId : newestFirst ? Long.MAX_VALUE : 0;
        return events.findFrom(memberId, severity, from, newestFirst, Math.min(Math.max(limit, 1), EVENTS_MAX + 1));
    }

    @Override
    @Transactional(readOnly = true)
    public List<KnownDevice> knownDevices(String memberId, int limit) {
        return devices.findByMember(memberId, Math.min(Math.max(limit, 1), DEVICES_MAX));
    }

    @Override
    @Transactional(readOnly = true)
    public List<KnownDevice> knownDevicesBefore(String memberId, Instant firstSeenAt, String deviceId, int limit) {
        int bounded = Math.min(Math.max(limit, 1), DEVICES_MAX + 1);
        if (firstSeenAt == null || deviceId == null) {
            return devices.findByMemberBefore(memberId, AFTER_ANY_SIGHTING, "", bounded);
        }
        return devices.findByMemberBefore(memberId, firstSeenAt, deviceId, bounded);
    }

    private void record(WithdrawalRiskCheck check, RiskFinding finding, Instant now) {
        Map<String, String> attributes = new LinkedHashMap<>(finding.attributes());
        attributes.putIfAbsent("asset", check.asset().name());
        attributes.putIfAbsent("amount", Amounts.format(check.amount()));
        putIfPresent(attributes, "ipAddress", check.ipAddress());
        putIfPresent(attributes, "deviceId", check.deviceId());
        putIfPresent(attributes, "geo", check.geo());
        events.insert(new RiskEvent(
                0,
                check.memberId(),
                check.subject(),
                finding.rule(),
                finding.severity(),
                finding.message(),
                attributes,
                now));
        if (finding.severity() != RiskSeverity.INFO) {
            notifier.alert(alertOf(check, finding));
        }
    }

    private static Alert alertOf(WithdrawalRiskCheck check, RiskFinding finding) {
        String title = "Withdrawal risk " + finding.severity().wireName() + ": "
                + finding.rule().wireName();
        Map<String, String> fields = Map.of(
                "subject",
                check.subject(),
                "memberId",
                check.memberId(),
                "rule",
                finding.rule().wireName(),
                "severity",
                finding.severity().wireName());
        return finding.severity() == RiskSeverity.BLOCK
                ? Alert.critical(SOURCE, title, finding.message(), fields)
                : Alert.warning(SOURCE, title, finding.message(), fields);
    }

    private static void putIfPresent(Map<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.putIfAbsent(key, value);
        }
    }
}

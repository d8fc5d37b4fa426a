package com.aeghash.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.web.Paging;
import com.aeghash.ledger.Asset;
import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertSeverity;
import com.aeghash.partner.MemberSales;
import com.aeghash.risk.KnownDevice;
import com.aeghash.risk.RiskAssessment;
import com.aeghash.risk.RiskDecision;
import com.aeghash.risk.RiskEvent;
import com.aeghash.risk.RiskFinding;
import com.aeghash.risk.RiskRule;
import com.aeghash.risk.RiskSeverity;
import com.aeghash.risk.WithdrawalRiskCheck;
import com.aeghash.testsupport.RecordingNotifier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine with in-memory repositories: what it records, upserts and alerts. */
class RiskChecksServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private final InMemoryRiskEventRepository events = new InMemoryRiskEventRepository();
    private final InMemoryKnownDeviceRepository devices = new InMemoryKnownDeviceRepository();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<Instant> velocitySince = new ArrayList<>();
    private BigDecimal withdrawnInWindow = BigDecimal.ZERO;
    private BigDecimal withdrawnInTotal = BigDecimal.ZERO;
    private final List<String> salesAskedFor = new ArrayList<>();
    private BigDecimal paidSalesPv = BigDecimal.ZERO;

    @Test
    void firstSightingOfADeviceIsRecordedAndLaterSightingsMoveItsLastSeenTime() {
        engineAt(NOW).assessWithdrawal(check("phone", "10"));
        engineAt(NOW.plusSeconds(60)).assessWithdrawal(check("phone", "10"));

        KnownDevice device = devices.find("m-1", "phone").orElseThrow();
        assertThat(device.firstSeenAt()).isEqualTo(NOW);
        assertThat(device.lastSeenAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(events.all())
                .extracting(RiskEvent::message)
                .containsExactly("first withdrawal from new device phone");
        assertThat(notifier.alerts()).isEmpty();
    }

    @Test
    void everyFindingIsRecordedWithItsContextAndReviewsAndBlocksAreAlerted() {
        withdrawnInWindow = new BigDecimal("25000");

        RiskAssessment assessment = engineAt(NOW).assessWithdrawal(check("tablet", "1200"));

        assertThat(assessment.decision()).isEqualTo(RiskDecision.BLOCK);
        assertThat(velocitySince).containsExactly(NOW.minus(Duration.ofHours(24)));
        assertThat(events.all())
                .extracting(RiskEvent::severity)
                .containsExactly(RiskSeverity.REVIEW, RiskSeverity.BLOCK, RiskSeverity.REVIEW);
        RiskEvent velocity = events.all().get(1);
        assertThat(velocity.subject()).isEqualTo("withdrawal:9");
        assertThat(velocity.attributes())
                .containsEntry("asset", "DOGE")
                .containsEntry("amount", "1200")
                .containsEntry("deviceId", "tablet")
                .containsEntry("geo", "Seoul")
                .containsEntry("total", "25000");
        assertThat(notifier.alerts())
                .extracting(Alert::severity)
                .containsExactly(AlertSeverity.WARNING, AlertSeverity.CRITICAL, AlertSeverity.WARNING);
        assertThat(notifier.alerts().get(1).fields())
                .containsEntry("memberId", "m-1")
                .containsEntry("rule", "velocity");
    }

    @Test
    void eventsArePagedNewestFirstAndFilteredBySeverity() {
        RiskChecksService engine = engineAt(NOW);
        engine.assessWithdrawal(check("a", "1"));
        engine.assessWithdrawal(check("b", "1"));
        engine.assessWithdrawal(check("c", "1200"));

        var firstPage = engine.events("m-1", null, Paging.of(0, 2));
        var reviews = engine.events("m-1", RiskSeverity.REVIEW, Paging.of(0, 10));

        assertThat(firstPage.items()).hasSize(2);
        assertThat(firstPage.hasMore()).isTrue();
        assertThat(firstPage.items().get(0).id())
                .isGreaterThan(firstPage.items().get(1).id());
        assertThat(reviews.items()).extracting(RiskEvent::severity).containsOnly(RiskSeverity.REVIEW);
    }

    @Test
    void pointWithdrawalsBeyondThreeTimesTheMembersPaidSalesAreBlocked() {
        paidSalesPv = new BigDecimal("100");
        withdrawnInTotal = new BigDecimal("300");
        RiskAssessment atTheCap = engineAt(NOW).assessWithdrawal(pointCheck("50"));
        withdrawnInTotal = new BigDecimal("300.00000001");

        RiskAssessment beyond = engineAt(NOW).assessWithdrawal(pointCheck("50"));

        assertThat(atTheCap.findings()).extracting(RiskFinding::rule).doesNotContain(RiskRule.SALES_CAP);
        assertThat(beyond.decision()).isEqualTo(RiskDecision.BLOCK);
        assertThat(beyond.reasons())
                .containsExactly("withdrawals of 300.00000001 POINT in total exceed 300% of the "
                        + "member's paid sales of 100 PV (at most 300)");
        assertThat(velocitySince).contains(Instant.EPOCH);
        assertThat(events.all()).extracting(RiskEvent::rule).containsExactly(RiskRule.NEW_DEVICE, RiskRule.SALES_CAP);
        assertThat(notifier.alerts()).extracting(Alert::severity).containsExactly(AlertSeverity.CRITICAL);
    }

    @Test
    void theSalesCapAppliesToPointOnly() {
        engineAt(NOW).assessWithdrawal(check("phone", "1"));

        assertThat(salesAskedFor).isEmpty();
        assertThat(velocitySince).doesNotContain(Instant.EPOCH);
    }

    private static WithdrawalRiskCheck pointCheck(String amount) {
        return new WithdrawalRiskCheck(
                "withdrawal:10", "m-1", Asset.POINT, new BigDecimal(amount), null, "phone", null, null, null);
    }

    private RiskChecksService engineAt(Instant now) {
        AssetRiskLimits limits = new AssetRiskLimits(
                new BigDecimal("1000"),
                new BigDecimal("5000"),
                new BigDecimal("3000"),
                new BigDecimal("20000"),
                new BigDecimal("500"));
        RiskSettings settings = new RiskSettings(
                Map.of(Asset.DOGE, limits, Asset.POINT, limits),
                Duration.ofHours(24),
                List.of(),
                List.of(),
                Duration.ofHours(24));
        return new RiskChecksService(
                settings,
                events,
                devices,
                (member, asset, since) -> {
                    velocitySince.add(since);
                    return since.equals(Instant.EPOCH) ? withdrawnInTotal : withdrawnInWindow;
                },
                member -> {
                    salesAskedFor.add(member);
                    return new MemberSales.PaidSales(1, paidSalesPv, paidSalesPv);
                },
                notifier,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static WithdrawalRiskCheck check(String deviceId, String amount) {
        return new WithdrawalRiskCheck(
                "withdrawal:9", "m-1", Asset.DOGE, new BigDecimal(amount), "192.0.2.1", deviceId, "Seoul", null, null);
    }
}

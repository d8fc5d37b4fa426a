package com.aeghash.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.web.Paging;
import com.aeghash.ledger.Asset;
import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertSeverity;
import com.aeghash.notification.Notifier;
import com.aeghash.risk.RiskAssessment;
import com.aeghash.risk.RiskDecision;
import com.aeghash.risk.RiskEvent;
import com.aeghash.risk.RiskSeverity;
import com.aeghash.risk.WithdrawalRiskCheck;
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
class RiskEngineTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private final InMemoryRiskEventRepository events = new InMemoryRiskEventRepository();
    private final InMemoryKnownDeviceRepository devices = new InMemoryKnownDeviceRepository();
    private final List<Alert> alerts = new ArrayList<>();
    private final List<Instant> velocitySince = new ArrayList<>();
    private BigDecimal withdrawnInWindow = BigDecimal.ZERO;

    @Test
    void firstSightingOfADeviceIsRecordedAndLaterSightingsMoveItsLastSeenTime() {
        engineAt(NOW).assessWithdrawal(check("phone", "10"));
        engineAt(NOW.plusSeconds(60)).assessWithdrawal(check("phone", "10"));

        KnownDevice device = devices.find("m-1", "phone").orElseThrow();
        assertThat(device.firstSeenAt()).isEqualTo(NOW);
        assertThat(device.lastSeenAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(events.all()).extracting(RiskEvent::message).containsExactly("first withdrawal from new device phone");
        assertThat(alerts).isEmpty();
    }

    @Test
    void everyFindingIsRecordedWithItsContextAndReviewsAndBlocksAreAlerted() {
        withdrawnInWindow = new BigDecimal("25000");

        RiskAssessment assessment = engineAt(NOW).assessWithdrawal(check("tablet", "1200"));

        assertThat(assessment.decision()).isEqualTo(RiskDecision.BLOCK);
        assertThat(velocitySince).containsExactly(NOW.minus(Duration.ofHours(24)));
        assertThat(events.all()).extracting(RiskEvent::severity)
                .containsExactly(RiskSeverity.REVIEW, RiskSeverity.BLOCK, RiskSeverity.REVIEW);
        RiskEvent velocity = events.all().get(1);
        assertThat(velocity.subject()).isEqualTo("withdrawal:9");
        assertThat(velocity.attributes()).containsEntry("asset", "DOGE").containsEntry("amount", "1200")
                .containsEntry("deviceId", "tablet").containsEntry("geo", "Seoul").containsEntry("total", "25000");
        assertThat(alerts).extracting(Alert::severity)
                .containsExactly(AlertSeverity.WARNING, AlertSeverity.CRITICAL, AlertSeverity.WARNING);
        assertThat(alerts.get(1).fields()).containsEntry("memberId", "m-1").containsEntry("rule", "velocity");
    }

    @Test
    void eventsArePagedNewestFirstAndFilteredBySeverity() {
        RiskEngine engine = engineAt(NOW);
        engine.assessWithdrawal(check("a", "1"));
        engine.assessWithdrawal(check("b", "1"));
        engine.assessWithdrawal(check("c", "1200"));

        var firstPage = engine.events("m-1", null, Paging.of(0, 2));
        var reviews = engine.events("m-1", RiskSeverity.REVIEW, Paging.of(0, 10));

        assertThat(firstPage.items()).hasSize(2);
        assertThat(firstPage.hasMore()).isTrue();
        assertThat(firstPage.items().get(0).id()).isGreaterThan(firstPage.items().get(1).id());
        assertThat(reviews.items()).extracting(RiskEvent::severity).containsOnly(RiskSeverity.REVIEW);
    }

    private RiskEngine engineAt(Instant now) {
        RiskSettings settings = new RiskSettings(Map.of(Asset.DOGE, new AssetRiskLimits(new BigDecimal("1000"),
                new BigDecimal("5000"), new BigDecimal("3000"), new BigDecimal("20000"), new BigDecimal("500"))),
                Duration.ofHours(24), List.of(), List.of(), Duration.ofHours(24));
        Notifier notifier = new Notifier() {
            @Override
            public void alert(Alert alert) {
                alerts.add(alert);
            }

            @Override
            public void alertIndependently(Alert alert) {
                alerts.add(alert);
            }
        };
        return new RiskEngine(settings, events, devices, (member, asset, since) -> {
            velocitySince.add(since);
            return withdrawnInWindow;
        }, notifier, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static WithdrawalRiskCheck check(String deviceId, String amount) {
        return new WithdrawalRiskCheck("withdrawal:9", "m-1", Asset.DOGE, new BigDecimal(amount), "192.0.2.1", deviceId,
                "Seoul", null, null);
    }
}

package com.aeghash.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.risk.RiskAssessment;
import com.aeghash.risk.RiskDecision;
import com.aeghash.risk.RiskFinding;
import com.aeghash.risk.RiskRule;
import com.aeghash.risk.RiskSeverity;
import com.aeghash.risk.WithdrawalRiskCheck;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules as pure functions: no Spring, no database, no clock. */
class RiskRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final AssetRiskLimits DOGE = new AssetRiskLimits(
            new BigDecimal("1000"),
            new BigDecimal("5000"),
            new BigDecimal("3000"),
            new BigDecimal("20000"),
            new BigDecimal("500"));
    private static final RiskSettings SETTINGS = settings(List.of());

    @Test
    void amountBelowTheReviewLimitPassesAtItIsReviewedAtTheBlockLimitIsBlocked() {
        assertThat(RiskRules.amountLimit(check("999.99999999"), DOGE)).isEmpty();
        assertThat(severity(RiskRules.amountLimit(check("1000"), DOGE))).isEqualTo(RiskSeverity.REVIEW);
        assertThat(severity(RiskRules.amountLimit(check("5000"), DOGE))).isEqualTo(RiskSeverity.BLOCK);
        assertThat(RiskRules.amountLimit(check("5000"), DOGE).orElseThrow().message())
                .isEqualTo("amount 5000 DOGE is at or above the block limit 5000");
    }

    @Test
    void velocityCountsOnlyTotalsOverTheLimits() {
        assertThat(RiskRules.velocity(facts(check("10"), "3000", false), DOGE, Duration.ofHours(24)))
                .isEmpty();
        assertThat(severity(RiskRules.velocity(facts(check("10"), "3000.00000001", false), DOGE, Duration.ofHours(24))))
                .isEqualTo(RiskSeverity.REVIEW);
        RiskFinding blocked = RiskRules.velocity(facts(check("10"), "20001", false), DOGE, Duration.ofHours(24))
                .orElseThrow();
        assertThat(blocked.severity()).isEqualTo(RiskSeverity.BLOCK);
        assertThat(blocked.attributes()).containsEntry("window", "24h").containsEntry("total", "20001");
    }

    @Test
    void blockedNetworksBlockAndAnAddressOutsideTheTrustedOnesIsReviewed() {
        RiskSettings trusting = settings(List.of(IpNetwork.parse("198.51.100.0/24")));

        assertThat(severity(RiskRules.ipAddress(withIp("203.0.113.200"), SETTINGS)))
                .isEqualTo(RiskSeverity.BLOCK);
        assertThat(severity(RiskRules.ipAddress(withIp("2001:db8:bad:1::9"), SETTINGS)))
                .isEqualTo(RiskSeverity.BLOCK);
        assertThat(RiskRules.ipAddress(withIp("192.0.2.1"), SETTINGS)).isEmpty();
        assertThat(RiskRules.ipAddress(withIp(null), SETTINGS)).isEmpty();
        assertThat(RiskRules.ipAddress(withIp("198.51.100.7"), trusting)).isEmpty();
        assertThat(severity(RiskRules.ipAddress(withIp("192.0.2.1"), trusting))).isEqualTo(RiskSeverity.REVIEW);
        assertThat(severity(RiskRules.ipAddress(withIp(null), trusting))).isEqualTo(RiskSeverity.REVIEW);
        assertThat(severity(RiskRules.ipAddress(withIp("203.0.113.5"), trusting)))
                .isEqualTo(RiskSeverity.BLOCK);
    }

    @Test
    void newDeviceIsNotedAndReviewedFromItsThresholdAMissingDeviceCountsAsNew() {
        assertThat(RiskRules.newDevice(facts(withDevice("phone", "499"), "0", false), DOGE))
                .isEmpty();
        assertThat(severity(RiskRules.newDevice(facts(withDevice("phone", "499"), "0", true), DOGE)))
                .isEqualTo(RiskSeverity.INFO);
        assertThat(severity(RiskRules.newDevice(facts(withDevice("phone", "500"), "0", true), DOGE)))
                .isEqualTo(RiskSeverity.REVIEW);
        assertThat(RiskRules.newDevice(facts(withDevice(null, "499"), "0", true), DOGE))
                .isEmpty();
        assertThat(RiskRules.newDevice(facts(withDevice(null, "500"), "0", true), DOGE)
                        .orElseThrow()
                        .message())
                .startsWith("no device id with amount 500 DOGE");
    }

    @Test
    void externalDestinationsMustBeWhitelistedForTheWholeCoolingPeriod() {
        Duration cooling = Duration.ofHours(24);

        assertThat(RiskRules.destination(facts(toDestination(null), "0", false), cooling))
                .isEmpty();
        assertThat(severity(RiskRules.destination(facts(toDestination(null, "Dwallet"), "0", false), cooling)))
                .isEqualTo(RiskSeverity.BLOCK);
        assertThat(severity(RiskRules.destination(
                        facts(toDestination(NOW.minus(Duration.ofHours(23)), "Dwallet"), "0", false), cooling)))
                .isEqualTo(RiskSeverity.BLOCK);
        assertThat(RiskRules.destination(facts(toDestination(NOW.minus(cooling), "Dwallet"), "0", false), cooling))
                .isEmpty();
    }

    @Test
    void theDecisionIsTheMostSevereFindingAndItsReasonsAreTheDecisiveOnes() {
        WithdrawalRiskCheck risky = new WithdrawalRiskCheck(
                "withdrawal:1", "m-1", Asset.DOGE, new BigDecimal("1200"), "203.0.113.1", "tablet", null, null, null);

        RiskAssessment assessment = new RiskAssessment(RiskRules.evaluate(facts(risky, "1200", true), SETTINGS));

        assertThat(assessment.findings())
                .extracting(RiskFinding::rule)
                .containsExactly(RiskRule.AMOUNT_LIMIT, RiskRule.IP_ADDRESS, RiskRule.NEW_DEVICE);
        assertThat(assessment.decision()).isEqualTo(RiskDecision.BLOCK);
        assertThat(assessment.reasons())
                .containsExactly("IP address 203.0.113.1 is in the blocked network 203.0.113.0/24");
        assertThat(new RiskAssessment(List.of(new RiskFinding(RiskRule.NEW_DEVICE, RiskSeverity.INFO, "new", Map.of())))
                        .decision())
                .isEqualTo(RiskDecision.ALLOW);
        assertThat(new RiskAssessment(List.of()).reasons()).isEmpty();
    }

    @Test
    void theSalesCapComparesEveryWithdrawalOfTheMemberWithTheirPaidSalesTimesThePercentage() {
        WithdrawalRiskCheck point = new WithdrawalRiskCheck(
                "withdrawal:1", "m-1", Asset.POINT, BigDecimal.TEN, null, null, null, null, null);
        BigDecimal threeTimes = new BigDecimal("300");

        assertThat(RiskRules.salesCap(capFacts(point, "150", "50"), threeTimes)).isEmpty();
        assertThat(severity(RiskRules.salesCap(capFacts(point, "150.00000001", "50"), threeTimes)))
                .isEqualTo(RiskSeverity.BLOCK);
        assertThat(severity(RiskRules.salesCap(capFacts(point, "10", "0"), threeTimes)))
                .isEqualTo(RiskSeverity.BLOCK);
        assertThat(RiskRules.salesCap(facts(point, "10", false), threeTimes)).isEmpty();
    }

    private static RiskFacts capFacts(WithdrawalRiskCheck check, String withdrawnInTotal, String paidSalesPv) {
        return new RiskFacts(
                check,
                BigDecimal.ZERO,
                false,
                NOW,
                new RiskFacts.SalesCapFacts(new BigDecimal(withdrawnInTotal), new BigDecimal(paidSalesPv)));
    }

    private static RiskSettings settings(List<IpNetwork> trusted) {
        return new RiskSettings(
                Map.of(Asset.DOGE, DOGE),
                Duration.ofHours(24),
                List.of(IpNetwork.parse("203.0.113.0/24"), IpNetwork.parse("2001:db8:bad::/48")),
                trusted,
                Duration.ofHours(24));
    }

    private static RiskSeverity severity(Optional<RiskFinding> finding) {
        return finding.orElseThrow(() -> new AssertionError("expected a finding"))
                .severity();
    }

    private static RiskFacts facts(WithdrawalRiskCheck check, String amountInWindow, boolean deviceIsNew) {
        return new RiskFacts(check, new BigDecimal(amountInWindow), deviceIsNew, NOW);
    }

    private static WithdrawalRiskCheck check(String amount) {
        return new WithdrawalRiskCheck(
                "withdrawal:1", "m-1", Asset.DOGE, new BigDecimal(amount), null, null, null, null, null);
    }

    private static WithdrawalRiskCheck withIp(String ipAddress) {
        return new WithdrawalRiskCheck(
                "withdrawal:1", "m-1", Asset.DOGE, BigDecimal.ONE, ipAddress, null, null, null, null);
    }

    private static WithdrawalRiskCheck withDevice(String deviceId, String amount) {
        return new WithdrawalRiskCheck(
                "withdrawal:1", "m-1", Asset.DOGE, new BigDecimal(amount), null, deviceId, null, null, null);
    }

    private static WithdrawalRiskCheck toDestination(Instant registeredAt, String... destination) {
        return new WithdrawalRiskCheck(
                "withdrawal:1",
                "m-1",
                Asset.DOGE,
                BigDecimal.ONE,
                null,
                null,
                null,
                destination.length == 0 ? null : destination[0],
                registeredAt);
    }
}

package com.aeghash.risk.internal;

import com.aeghash.common.Amounts;
import com.aeghash.risk.IpAddresses;
import com.aeghash.risk.RiskFinding;
import com.aeghash.risk.RiskRule;
import com.aeghash.risk.RiskSeverity;
import com.aeghash.risk.WithdrawalRiskCheck;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The withdrawal rules as pure functions of {@link RiskFacts} and {@link RiskSettings}: no I/O, no clock,
 * unit-tested without Spring. Messages are one line without semicolons (they are joined into reasons).
 */
final class RiskRules {

    private RiskRules() {}

    static List<RiskFinding> evaluate(RiskFacts facts, RiskSettings settings) {
        AssetRiskLimits limits = settings.limitsOf(facts.check().asset());
        List<RiskFinding> findings = new ArrayList<>();
        amountLimit(facts.check(), limits).ifPresent(findings::add);
        velocity(facts, limits, settings.velocityWindow()).ifPresent(findings::add);
        ipAddress(facts.check(), settings).ifPresent(findings::add);
        newDevice(facts, limits).ifPresent(findings::add);
        destination(facts, settings.destinationCoolingPeriod()).ifPresent(findings::add);
        salesCap(facts, settings.salesCapPercent()).ifPresent(findings::add);
        return findings;
    }

    static Optional<RiskFinding> amountLimit(WithdrawalRiskCheck check, AssetRiskLimits limits) {
        RiskSeverity severity = check.amount().compareTo(limits.amountBlock()) >= 0
                ? RiskSeverity.BLOCK
                : check.amount().compareTo(limits.amountReview()) >= 0 ? RiskSeverity.REVIEW : null;
        if (severity == null) {
            return Optional.empty();
        }
        BigDecimal limit = severity == RiskSeverity.BLOCK ? limits.amountBlock() : limits.amountReview();
        return Optional.of(new RiskFinding(
                RiskRule.AMOUNT_LIMIT,
                severity,
                "amount " + amount(check.amount(), check) + " is at or above the " + severity.wireName() + " limit "
                        + Amounts.format(limit),
                Map.of("amount", Amounts.format(check.amount()), "limit", Amounts.format(limit))));
    }

    static Optional<RiskFinding> velocity(RiskFacts facts, AssetRiskLimits limits, Duration window) {
        BigDecimal total = facts.amountInWindow();
        RiskSeverity severity = total.compareTo(limits.velocityBlock()) > 0
                ? RiskSeverity.BLOCK
                : total.compareTo(limits.velocityReview()) > 0 ? RiskSeverity.REVIEW : null;
        if (severity == null) {
            return Optional.empty();
        }
        BigDecimal limit = severity == RiskSeverity.BLOCK ? limits.velocityBlock() : limits.velocityReview();
        return Optional.of(new RiskFinding(
                RiskRule.VELOCITY,
                severity,
                "withdrawals of " + amount(total, facts.check()) + " within " + describe(window) + " exceed the "
                        + severity.wireName() + " limit " + Amounts.format(limit),
                Map.of("total", Amounts.format(total), "limit", Amounts.format(limit), "window", describe(window))));
    }

    static Optional<RiskFinding> ipAddress(WithdrawalRiskCheck check, RiskSettings settings) {
        boolean trustedListConfigured = !settings.trustedNetworks().isEmpty();
        if (check.ipAddress() == null) {
            return trustedListConfigured
                    ? Optional.of(new RiskFinding(
                            RiskRule.IP_ADDRESS,
                            RiskSeverity.REVIEW,
                            "no IP address was given while a trusted network list is configured",
                            Map.of()))
                    : Optional.empty();
        }
        Optional<InetAddress> address = IpAddresses.parse(check.ipAddress());
        if (address.isEmpty()) {
            return Optional.of(new RiskFinding(
                    RiskRule.IP_ADDRESS,
                    RiskSeverity.REVIEW,
                    "the IP address is not a valid literal",
                    Map.of("ipAddress", check.ipAddress())));
        }
        Optional<IpNetwork> blocked = settings.blockedNetworks().stream()
                .filter(network -> network.contains(address.get()))
                .findFirst();
        if (blocked.isPresent()) {
            return Optional.of(new RiskFinding(
                    RiskRule.IP_ADDRESS,
                    RiskSeverity.BLOCK,
                    "IP address " + check.ipAddress() + " is in the blocked network " + blocked.get(),
                    Map.of(
                            "ipAddress",
                            check.ipAddress(),
                            "network",
                            blocked.get().toString())));
        }
        if (trustedListConfigured
                && settings.trustedNetworks().stream().noneMatch(network -> network.contains(address.get()))) {
            return Optional.of(new RiskFinding(
                    RiskRule.IP_ADDRESS,
                    RiskSeverity.REVIEW,
                    "IP address " + check.ipAddress() + " is outside the trusted networks",
                    Map.of("ipAddress", check.ipAddress())));
        }
        return Optional.empty();
    }

    static Optional<RiskFinding> newDevice(RiskFacts facts, AssetRiskLimits limits) {
        WithdrawalRiskCheck check = facts.check();
        if (!facts.deviceIsNew()) {
            return Optional.empty();
        }
        boolean large = check.amount().compareTo(limits.newDeviceReview()) >= 0;
        String device = check.deviceId() == null ? "no device id" : "new device " + check.deviceId();
        if (!large) {
            return check.deviceId() == null
                    ? Optional.empty()
                    : Optional.of(new RiskFinding(
                            RiskRule.NEW_DEVICE,
                            RiskSeverity.INFO,
                            "first withdrawal from " + device,
                            Map.of("deviceId", check.deviceId())));
        }
        return Optional.of(new RiskFinding(
                RiskRule.NEW_DEVICE,
                RiskSeverity.REVIEW,
                device + " with amount " + amount(check.amount(), check) + " at or above "
                        + Amounts.format(limits.newDeviceReview()),
                check.deviceId() == null
                        ? Map.of("threshold", Amounts.format(limits.newDeviceReview()))
                        : Map.of("deviceId", check.deviceId(), "threshold", Amounts.format(limits.newDeviceReview()))));
    }

    static Optional<RiskFinding> destination(RiskFacts facts, Duration coolingPeriod) {
        WithdrawalRiskCheck check = facts.check();
        if (check.destination() == null) {
            return Optional.empty();
        }
        Instant registeredAt = check.destinationRegisteredAt();
        if (registeredAt == null) {
            return Optional.of(new RiskFinding(
                    RiskRule.DESTINATION_WHITELIST,
                    RiskSeverity.BLOCK,
                    "destination " + check.destination() + " is not a registered withdrawal address of the member",
                    Map.of("destination", check.destination())));
        }
        Instant usableFrom = registeredAt.plus(coolingPeriod);
        if (facts.now().isBefore(usableFrom)) {
            return Optional.of(new RiskFinding(
                    RiskRule.DESTINATION_WHITELIST,
                    RiskSeverity.BLOCK,
                    "destination " + check.destination() + " was registered at " + registeredAt + " and is usable from "
                            + usableFrom,
                    Map.of(
                            "destination",
                            check.destination(),
                            "registeredAt",
                            registeredAt.toString(),
                            "usableFrom",
                            usableFrom.toString())));
        }
        return Optional.empty();
    }

    /**
     * Platform rule: a member's cumulative POINT (bonus) withdrawals may not exceed {@code percent} % of their own
     * paid sales, measured in point value (bonuses are computed from PV, so both sides are in the same unit).
     */
    static Optional<RiskFinding> salesCap(RiskFacts facts, BigDecimal percent) {
        RiskFacts.SalesCapFacts cap = facts.salesCap();
        if (cap == null) {
            return Optional.empty();
        }
        BigDecimal allowed = cap.paidSalesPoints().multiply(percent).movePointLeft(2);
        if (cap.withdrawnInTotal().compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new RiskFinding(
                RiskRule.SALES_CAP,
                RiskSeverity.BLOCK,
                "withdrawals of " + amount(cap.withdrawnInTotal(), facts.check()) + " in total exceed "
                        + Amounts.format(percent) + "% of the member's paid sales of "
                        + Amounts.format(cap.paidSalesPoints()) + " PV (at most " + Amounts.format(allowed) + ")",
                Map.of(
                        "withdrawnInTotal",
                        Amounts.format(cap.withdrawnInTotal()),
                        "paidSalesPv",
                        Amounts.format(cap.paidSalesPoints()),
                        "allowed",
                        Amounts.format(allowed))));
    }

    private static String amount(BigDecimal value, WithdrawalRiskCheck check) {
        return Amounts.format(value) + " " + check.asset();
    }

    /** {@code 24h}, {@code 90m}, {@code 45s}: the way the settings are written. */
    static String describe(Duration duration) {
        if (duration.toSeconds() % 3600 == 0) {
            return duration.toHours() + "h";
        }
        if (duration.toSeconds() % 60 == 0) {
            return duration.toMinutes() + "m";
        }
        return duration.toSeconds() + "s";
    }
}

package com.aeghash.risk.internal;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every risk setting, bound and validated at boot by {@link RiskSettingsBinder}. */
record RiskSettings(
        Map<Asset, AssetRiskLimits> limits,
        Duration velocityWindow,
        List<IpNetwork> blockedNetworks,
        List<IpNetwork> trustedNetworks,
        Duration destinationCoolingPeriod,
        BigDecimal salesCapPercent) {

    /** The platform rule: a member's cumulative (POINT) withdrawals at most 300 % of their own sales. */
    static final BigDecimal DEFAULT_SALES_CAP_PERCENT = new BigDecimal("300");

    static final BigDecimal SALES_CAP_PERCENT_MAX = new BigDecimal("100000");

    RiskSettings(
            Map<Asset, AssetRiskLimits> limits,
            Duration velocityWindow,
            List<IpNetwork> blockedNetworks,
            List<IpNetwork> trustedNetworks,
            Duration destinationCoolingPeriod) {
        this(
                limits,
                velocityWindow,
                blockedNetworks,
                trustedNetworks,
                destinationCoolingPeriod,
                DEFAULT_SALES_CAP_PERCENT);
    }

    RiskSettings {
        limits = new EnumMap<>(limits);
        blockedNetworks = List.copyOf(blockedNetworks);
        trustedNetworks = List.copyOf(trustedNetworks);
        if (velocityWindow.isZero() || velocityWindow.isNegative()) {
            throw new IllegalArgumentException("aeghash.risk.velocity.window must be positive");
        }
        if (destinationCoolingPeriod.isNegative()) {
            throw new IllegalArgumentException("aeghash.risk.destination.cooling-period must not be negative");
        }
        if (salesCapPercent.signum() < 0 || salesCapPercent.compareTo(SALES_CAP_PERCENT_MAX) > 0) {
            throw new IllegalArgumentException(
                    "aeghash.risk.sales-cap.percent must be 0 (off) to " + SALES_CAP_PERCENT_MAX.toPlainString());
        }
    }

    boolean salesCapEnabled() {
        return salesCapPercent.signum() > 0;
    }

    AssetRiskLimits limitsOf(Asset asset) {
        AssetRiskLimits found = limits.get(asset);
        if (found == null) {
            throw new IllegalArgumentException(asset + " is not withdrawable: no risk limits");
        }
        return found;
    }
}

package com.aeghash.risk.internal;

import com.aeghash.ledger.Asset;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every risk setting, bound and validated at boot by {@link RiskSettingsBinder}. */
record RiskSettings(Map<Asset, AssetRiskLimits> limits, Duration velocityWindow, List<IpNetwork> blockedNetworks,
        List<IpNetwork> trustedNetworks, Duration destinationCoolingPeriod) {

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
    }

    AssetRiskLimits limitsOf(Asset asset) {
        AssetRiskLimits found = limits.get(asset);
        if (found == null) {
            throw new IllegalArgumentException(asset + " is not withdrawable: no risk limits");
        }
        return found;
    }
}

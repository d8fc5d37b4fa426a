package com.aeghash.ledger.internal.adjustments;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Manual ledger adjustments ({@code aeghash.adjustments.*}): an adjustment whose size (either sign) is at or
 * above {@code alert-threshold.<asset>} raises an alert. Unset assets keep the defaults below (about USD
 * 10,000 worth, like the risk defaults an order-of-magnitude guess for the meme coins).
 */
@ConfigurationProperties("aeghash.adjustments")
record AdjustmentProperties(Map<Asset, BigDecimal> alertThreshold) {

    private static final Map<Asset, BigDecimal> DEFAULTS = new EnumMap<>(Map.of(
            Asset.POINT,
            new BigDecimal("10000"),
            Asset.LTC,
            new BigDecimal("100"),
            Asset.DOGE,
            new BigDecimal("50000"),
            Asset.BELLS,
            new BigDecimal("20000"),
            Asset.LKY,
            new BigDecimal("20000"),
            Asset.PEP,
            new BigDecimal("20000000"),
            Asset.JKC,
            new BigDecimal("50000"),
            Asset.DINGO,
            new BigDecimal("200000000"),
            Asset.SHIC,
            new BigDecimal("500000000"),
            Asset.HASHPOWER,
            new BigDecimal("1000")));

    public AdjustmentProperties {
        Map<Asset, BigDecimal> merged = new EnumMap<>(DEFAULTS);
        if (alertThreshold != null) {
            alertThreshold.forEach((asset, threshold) -> {
                if (threshold.signum() <= 0) {
                    throw new IllegalArgumentException(
                            "aeghash.adjustments.alert-threshold." + asset + " must be positive");
                }
                merged.put(asset, threshold);
            });
        }
        alertThreshold = merged;
    }

    BigDecimal thresholdOf(Asset asset) {
        return alertThreshold.get(asset);
    }
}

package com.aeghash.ledger.internal.adjustments;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Manual ledger adjustments ({@code aeghash.adjustments.*}): an adjustment whose size (either sign) is at or above
 * {@code approval-threshold.<asset>} needs a second FINANCE operator's approval before it is posted; one at or above
 * {@code alert-threshold.<asset>} raises an alert when it is posted. Unset assets keep the defaults below (about
 * USD 10,000 worth, like the risk defaults an order-of-magnitude guess for the meme coins), the same for both.
 */
@ConfigurationProperties("aeghash.adjustments")
record AdjustmentProperties(Map<Asset, BigDecimal> alertThreshold, Map<Asset, BigDecimal> approvalThreshold) {

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
        alertThreshold = withDefaults(alertThreshold, "alert-threshold");
        approvalThreshold = withDefaults(approvalThreshold, "approval-threshold");
    }

    private static Map<Asset, BigDecimal> withDefaults(Map<Asset, BigDecimal> configured, String name) {
        Map<Asset, BigDecimal> merged = new EnumMap<>(DEFAULTS);
        if (configured != null) {
            configured.forEach((asset, threshold) -> {
                if (threshold.signum() <= 0) {
                    throw new IllegalArgumentException(
                            "aeghash.adjustments." + name + "." + asset + " must be positive");
                }
                merged.put(asset, threshold);
            });
        }
        return merged;
    }

    BigDecimal thresholdOf(Asset asset) {
        return alertThreshold.get(asset);
    }

    /** True when an adjustment of this size needs a second operator. */
    boolean needsApproval(Asset asset, BigDecimal amount) {
        return amount.abs().compareTo(approvalThreshold.get(asset)) >= 0;
    }
}

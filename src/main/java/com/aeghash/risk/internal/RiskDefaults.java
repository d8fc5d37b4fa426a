package com.aeghash.risk.internal;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Default thresholds, used for every setting not configured. Each asset has one base figure, its review
 * amount, chosen to be worth roughly USD 1,000 (an order-of-magnitude guess for the meme coins: tune them in
 * configuration); the other thresholds are multiples of it. {@code HASHPOWER} is not withdrawable.
 */
final class RiskDefaults {

    static final BigDecimal AMOUNT_BLOCK_FACTOR = BigDecimal.TEN;
    static final BigDecimal VELOCITY_REVIEW_FACTOR = new BigDecimal(3);
    static final BigDecimal VELOCITY_BLOCK_FACTOR = new BigDecimal(20);
    static final BigDecimal NEW_DEVICE_FACTOR = new BigDecimal("0.5");

    private static final Map<Asset, BigDecimal> REVIEW_AMOUNTS = new EnumMap<>(Map.of(
            Asset.POINT, new BigDecimal("1000"),
            Asset.LTC, new BigDecimal("10"),
            Asset.DOGE, new BigDecimal("5000"),
            Asset.BELLS, new BigDecimal("2000"),
            Asset.LKY, new BigDecimal("2000"),
            Asset.PEP, new BigDecimal("2000000"),
            Asset.JKC, new BigDecimal("5000"),
            Asset.DINGO, new BigDecimal("20000000"),
            Asset.SHIC, new BigDecimal("50000000")));

    private RiskDefaults() {}

    static Set<Asset> withdrawableAssets() {
        return REVIEW_AMOUNTS.keySet();
    }

    static AssetRiskLimits limitsOf(Asset asset) {
        BigDecimal review = REVIEW_AMOUNTS.get(asset);
        if (review == null) {
            throw new IllegalArgumentException(asset + " is not withdrawable");
        }
        return new AssetRiskLimits(
                review,
                review.multiply(AMOUNT_BLOCK_FACTOR),
                review.multiply(VELOCITY_REVIEW_FACTOR),
                review.multiply(VELOCITY_BLOCK_FACTOR),
                review.multiply(NEW_DEVICE_FACTOR));
    }
}

package com.aeghash.risk.internal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds of one asset, in units of that asset.
 *
 * @param amountReview    a single withdrawal at or above it is reviewed
 * @param amountBlock     a single withdrawal at or above it is blocked
 * @param velocityReview  withdrawals in the velocity window (this one included) over it are reviewed
 * @param velocityBlock   withdrawals in the velocity window (this one included) over it are blocked
 * @param newDeviceReview a withdrawal at or above it from a device never seen for the member is reviewed
 */
record AssetRiskLimits(
        BigDecimal amountReview,
        BigDecimal amountBlock,
        BigDecimal velocityReview,
        BigDecimal velocityBlock,
        BigDecimal newDeviceReview) {

    AssetRiskLimits {
        requirePositive(amountReview, "amount review");
        requirePositive(amountBlock, "amount block");
        requirePositive(velocityReview, "velocity limit");
        requirePositive(velocityBlock, "velocity block");
        requirePositive(newDeviceReview, "new-device review amount");
        if (amountReview.compareTo(amountBlock) > 0) {
            throw new IllegalArgumentException("the amount review limit must not exceed the block limit");
        }
        if (velocityReview.compareTo(velocityBlock) > 0) {
            throw new IllegalArgumentException("the velocity limit must not exceed the velocity block limit");
        }
    }

    private static void requirePositive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("the " + name + " must be positive, got " + value.toPlainString());
        }
    }
}

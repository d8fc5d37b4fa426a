package com.aeghash.mining.internal.hashpower;

import java.math.BigDecimal;

/** An operator's adjustment as asked: a signed {@code delta} or a {@code target} ("adjust to"), never both. */
public record HashPowerAdjustmentRequest(BigDecimal delta, BigDecimal target, String reason, String reference) {

    public static HashPowerAdjustmentRequest by(BigDecimal delta, String reason, String reference) {
        return new HashPowerAdjustmentRequest(delta, null, reason, reference);
    }

    public static HashPowerAdjustmentRequest to(BigDecimal target, String reason, String reference) {
        return new HashPowerAdjustmentRequest(null, target, reason, reference);
    }
}

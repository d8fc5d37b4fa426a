package com.aeghash.mining.internal.hashdam;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code assetWithdrawHistory}; {@code message} and {@code updatedAt} may be absent. */
public record WithdrawEntry(
        String withdrawId,
        String coin,
        BigDecimal amount,
        BigDecimal fee,
        String address,
        String type,
        String message,
        String status,
        Instant createdAt,
        Instant updatedAt) {

    public static final String PENDING = "pending";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String CANCELED = "canceled";
}

package com.aeghash.mining.internal.hashdam;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code hashPowerSwapHistory}; optional fields are null when absent; {@code period} is in years. */
public record HashPowerSwapEntry(
        String swapId,
        BigDecimal amount,
        BigDecimal credit,
        BigDecimal power,
        LocalDate setDate,
        LocalDate endDate,
        int periodYears,
        String status,
        Instant createdAt,
        Instant updatedAt) {}

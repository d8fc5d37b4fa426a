package com.aeghash.mining.internal.hashdam;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code hashCreditChargeHistory}; {@code from}, {@code credit} and {@code updatedAt} may be absent. */
public record HashCreditChargeEntry(
        String chargeId,
        String from,
        String to,
        BigDecimal amount,
        BigDecimal price,
        String coin,
        BigDecimal credit,
        String status,
        Instant createdAt,
        Instant updatedAt) {}

package com.aeghash.mining.internal.hashdam;

import java.math.BigDecimal;
import java.time.Instant;

/** {@code hashRateRecently} (MH/s) or {@code hashRateRecentlyMega} (per 1 MH/s), measured at {@code measuredAt}. */
public record HashRateRecent(
        Instant measuredAt,
        BigDecimal hashRate24h,
        BigDecimal hashRate1h,
        BigDecimal hashRate10m,
        BigDecimal efficiencyPercent,
        BigDecimal rejectPercent) {}

package com.aeghash.mining;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The project's figures at HashDam when the snapshot was taken; each part keeps the time the vendor gave it.
 *
 * @param assets per coin symbol
 */
public record ProjectSnapshot(
        long id, Instant takenAt, HashBalance hashBalance, Map<String, AssetBalance> assets, HashRate hashRate) {

    public ProjectSnapshot {
        assets = Collections.unmodifiableMap(new TreeMap<>(assets));
    }

    /** {@code hashBalance}: hash credit and hash power (MH/s) on {@code date}. */
    public record HashBalance(LocalDate date, BigDecimal credit, BigDecimal power) {}

    /** One coin of {@code assetBalance}: held, and of that withdrawable now. */
    public record AssetBalance(BigDecimal balance, BigDecimal available) {}

    /** {@code hashRateRecently} in MH/s, measured at {@code measuredAt}; efficiency and reject in %. */
    public record HashRate(
            Instant measuredAt,
            BigDecimal hashRate24h,
            BigDecimal hashRate1h,
            BigDecimal hashRate10m,
            BigDecimal efficiencyPercent,
            BigDecimal rejectPercent) {}
}

package com.aeghash.mining;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A member's mining figures: hash power (MH/s) the ledger holds now, the last date the daily ETL
 * processed, and the coins mined in total per coin. The ledger remains the source of truth for balances.
 */
public record MiningBalanceRecord(
        String memberId,
        BigDecimal hashPower,
        LocalDate lastCreditedDate,
        Map<Asset, BigDecimal> minedTotal,
        Instant updatedAt) {

    public MiningBalanceRecord {
        minedTotal = Collections.unmodifiableMap(new TreeMap<>(minedTotal));
    }
}

package com.aeghash.mining;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A daily mining ETL run: progress in members (processed of total when it was prepared) and, per coin, the
 * vendor's figures, the pro-rata factor and what was credited (never more than {@code projectTotal}).
 * {@code allocationBasis} ({@code time-weighted} or {@code start-of-day}) is the basis fixed when the run was
 * prepared, which every chunk of the run uses whatever the configuration says later; null before preparation.
 */
public record EtlRun(
        long id,
        LocalDate date,
        EtlRunStatus status,
        long totalMembers,
        long processedMembers,
        List<CoinTotals> coins,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        String allocationBasis) {

    public EtlRun {
        coins = List.copyOf(coins);
    }

    /**
     * @param perMega       coins mined per 1 MH/s ({@code profitDailyMega})
     * @param projectTotal  coins the project mined ({@code profitDaily})
     * @param membersTotal  what the members would get unscaled, {@code sum(floor8(perMega x hashPower))}
     * @param scale         1, or {@code projectTotal / membersTotal} rounded down when that sum is too large
     * @param creditedTotal credited so far
     */
    public record CoinTotals(
            Asset coin,
            BigDecimal perMega,
            BigDecimal projectTotal,
            BigDecimal membersTotal,
            BigDecimal scale,
            BigDecimal creditedTotal) {}
}

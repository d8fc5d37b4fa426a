package com.aeghash.mining;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether members' hash power is backed by the project's at HashDam.
 *
 * @param membersPower      the sum of members' HASHPOWER (ledger, available), MH/s
 * @param projectPower      the project's {@code hashBalance} power, MH/s
 * @param projectCredit     the project's {@code hashBalance} credit (not yet swapped for power)
 * @param projectReadAt     when HashDam's figures were read (the latest project snapshot, or a fresh read)
 * @param difference        {@code projectPower - membersPower}: negative when members hold more than the project
 * @param shortfallPercent  how far members exceed the project, in % of the project's power (0 when backed)
 * @param marginPercent     the configured margin above which the shortfall raises an alert
 * @param trend             the last days' figures, newest first
 */
public record BackingReport(
        BigDecimal membersPower,
        BigDecimal projectPower,
        BigDecimal projectCredit,
        Instant projectReadAt,
        BigDecimal difference,
        BigDecimal shortfallPercent,
        BigDecimal marginPercent,
        boolean aboveMargin,
        List<Day> trend) {

    public BackingReport {
        trend = List.copyOf(trend);
    }

    /** One day's figures as last checked that day. */
    public record Day(
            LocalDate date,
            BigDecimal membersPower,
            BigDecimal projectPower,
            BigDecimal projectCredit,
            Instant takenAt) {

        public BigDecimal difference() {
            return projectPower.subtract(membersPower);
        }
    }
}

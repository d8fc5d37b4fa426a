package com.aeghash.withdrawal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Totals of withdrawals over time, for the console's charts. */
public interface WithdrawalStatistics {

    /** The longest range {@link #dailyTotals} reads. */
    int DAYS_MAX = 366;

    /**
     * Withdrawals requested from {@code from} (inclusive) to {@code to} (exclusive, at most {@link #DAYS_MAX} days
     * later), per day (days starting at midnight of {@code offset}), status and asset: counts and amounts. One
     * grouped read over the creation-time index.
     *
     * @throws com.aeghash.common.ApiException 400 for an empty, reversed or too long range
     */
    List<WithdrawalDayTotal> dailyTotals(Instant from, Instant to, ZoneOffset offset);
}

package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One closing and its progress: entries of orders paid before {@code paidBefore} (the cut-off minus the refund
 * delay) are confirmed, entries of refunded orders cancelled.
 *
 * @param status {@code RUNNING} while chunks remain, then {@code COMPLETED}
 */
public record BonusClosing(
        long id,
        Instant cutoff,
        Instant paidBefore,
        String status,
        long totalEntries,
        long processedEntries,
        long confirmedEntries,
        long cancelledEntries,
        BigDecimal confirmedAmount,
        BigDecimal cancelledAmount,
        int chunks,
        String startedBy,
        Instant startedAt,
        Instant finishedAt) {}

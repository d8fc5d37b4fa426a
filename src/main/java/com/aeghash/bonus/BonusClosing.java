package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One closing and its progress: entries of orders paid before {@code paidBefore} (the cut-off minus the refund
 * delay) are confirmed, entries of refunded orders cancelled.
 *
 * @param status                {@code RUNNING} while chunks remain, then {@code COMPLETED}
 * @param globalSharePool       the closing's global-share pool (null until its global share started)
 * @param globalShareAmount     paid of it so far, in equal shares
 * @param globalShareQualifiers members of the qualifying rank at the cut-off
 * @param globalShareRemainder  what the company keeps: the rounding remainder, or the whole pool without qualifiers
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
        Instant finishedAt,
        BigDecimal globalSharePool,
        BigDecimal globalShareAmount,
        Long globalShareQualifiers,
        BigDecimal globalShareRemainder) {}

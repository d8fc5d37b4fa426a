package com.aeghash.bonus.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One closing and its progress: entries of orders paid before {@code paidBefore} (cut-off minus the refund
 * delay) are confirmed, entries of refunded orders cancelled. {@code lastBeneficiaryMemberId} and
 * {@code lastEntryId} are the keyset of the last committed chunk, where a resumed run continues.
 */
record ClosingRun(
        long id,
        Instant cutoff,
        Instant paidBefore,
        ClosingStatus status,
        long totalEntries,
        long processedEntries,
        long confirmedEntries,
        long cancelledEntries,
        BigDecimal confirmedAmount,
        BigDecimal cancelledAmount,
        int chunks,
        String lastBeneficiaryMemberId,
        Long lastEntryId,
        String startedBy,
        Instant startedAt,
        Instant finishedAt) {

    /** The run after one more committed chunk. */
    ClosingRun afterChunk(ClosingChunk chunk) {
        return new ClosingRun(
                id,
                cutoff,
                paidBefore,
                status,
                totalEntries,
                processedEntries + chunk.size(),
                confirmedEntries + chunk.confirmedIds().size(),
                cancelledEntries + chunk.cancelledIds().size(),
                confirmedAmount.add(chunk.confirmedAmount()),
                cancelledAmount.add(chunk.cancelledAmount()),
                chunks + 1,
                chunk.lastBeneficiaryMemberId(),
                chunk.lastEntryId(),
                startedBy,
                startedAt,
                null);
    }

    ClosingRun completed(Instant now) {
        return new ClosingRun(
                id,
                cutoff,
                paidBefore,
                status.moveTo(ClosingStatus.COMPLETED),
                totalEntries,
                processedEntries,
                confirmedEntries,
                cancelledEntries,
                confirmedAmount,
                cancelledAmount,
                chunks,
                lastBeneficiaryMemberId,
                lastEntryId,
                startedBy,
                startedAt,
                now);
    }
}

package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusClosing;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One closing and its progress: entries of orders paid before {@code paidBefore} (cut-off minus the refund
 * delay) are confirmed, entries of refunded orders cancelled. {@code lastBeneficiaryMemberId} and
 * {@code lastEntryId} are the keyset of the last committed chunk, where a resumed run continues. Served as it is by
 * the closings API, its totals inline.
 */
record ClosingRun(
        long id,
        Instant cutoff,
        Instant paidBefore,
        ClosingStatus status,
        long totalEntries,
        @JsonUnwrapped ClosingTotals totals,
        String lastBeneficiaryMemberId,
        Long lastEntryId,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        @JsonUnwrapped GlobalShareTotals globalShare) {

    /** A run as the chunks see it, without its global share. */
    ClosingRun(
            long id,
            Instant cutoff,
            Instant paidBefore,
            ClosingStatus status,
            long totalEntries,
            ClosingTotals totals,
            String lastBeneficiaryMemberId,
            Long lastEntryId,
            String startedBy,
            Instant startedAt,
            Instant finishedAt) {
        this(
                id,
                cutoff,
                paidBefore,
                status,
                totalEntries,
                totals,
                lastBeneficiaryMemberId,
                lastEntryId,
                startedBy,
                startedAt,
                finishedAt,
                GlobalShareTotals.NONE);
    }

    /** A run just started, before its first chunk. */
    static ClosingRun started(long id, Instant cutoff, Instant paidBefore, long totalEntries, String by, Instant at) {
        return new ClosingRun(
                id,
                cutoff,
                paidBefore,
                ClosingStatus.RUNNING,
                totalEntries,
                ClosingTotals.NONE,
                null,
                null,
                by,
                at,
                null);
    }

    /** The run after one more committed chunk. */
    ClosingRun afterChunk(ClosingChunk chunk) {
        return new ClosingRun(
                id,
                cutoff,
                paidBefore,
                status,
                totalEntries,
                totals.plus(chunk),
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
                totals,
                lastBeneficiaryMemberId,
                lastEntryId,
                startedBy,
                startedAt,
                now);
    }

    /** The run as the bonus module's API shows it. */
    BonusClosing view() {
        return new BonusClosing(
                id,
                cutoff,
                paidBefore,
                status.name(),
                totalEntries,
                processedEntries(),
                confirmedEntries(),
                cancelledEntries(),
                confirmedAmount(),
                cancelledAmount(),
                chunks(),
                startedBy,
                startedAt,
                finishedAt,
                globalShare.globalSharePool(),
                globalShare.globalShareAmount(),
                globalShare.globalShareQualifiers(),
                globalShare.globalShareRemainder());
    }

    long processedEntries() {
        return totals.processedEntries();
    }

    long confirmedEntries() {
        return totals.confirmedEntries();
    }

    long cancelledEntries() {
        return totals.cancelledEntries();
    }

    BigDecimal confirmedAmount() {
        return totals.confirmedAmount();
    }

    BigDecimal cancelledAmount() {
        return totals.cancelledAmount();
    }

    int chunks() {
        return totals.chunks();
    }
}

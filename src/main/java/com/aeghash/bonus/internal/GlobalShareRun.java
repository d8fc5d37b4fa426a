package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusRanks;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The global share of one closing: its split, fixed when it starts, and the progress of its payment by member keyset
 * ({@code lastMemberId}), committed with each chunk of members paid.
 */
record GlobalShareRun(
        long closingId,
        ClosingStatus status,
        BonusRanks.Level minRank,
        long orders,
        GlobalShareSplit split,
        long paidMembers,
        BigDecimal paidAmount,
        int chunks,
        String lastMemberId,
        Instant createdAt,
        Instant completedAt) {

    static GlobalShareRun started(
            long closingId, BonusRanks.Level minRank, long orders, GlobalShareSplit split, Instant now) {
        ClosingStatus status = split.pays() ? ClosingStatus.RUNNING : ClosingStatus.COMPLETED;
        return new GlobalShareRun(
                closingId, status, minRank, orders, split, 0, BigDecimal.ZERO, 0, null, now, split.pays() ? null : now);
    }

    /** After one more chunk of members, the last of them {@code lastMember}. */
    GlobalShareRun afterChunk(int members, String lastMember) {
        BigDecimal paid = split.share().multiply(BigDecimal.valueOf(members));
        return new GlobalShareRun(
                closingId,
                status,
                minRank,
                orders,
                split,
                paidMembers + members,
                paidAmount.add(paid),
                chunks + 1,
                lastMember,
                createdAt,
                null);
    }

    /** Completed once every qualifier got its share; anything else is a bug, refused (the transaction rolls back). */
    GlobalShareRun completed(Instant now) {
        if (paidMembers != split.qualifiers()
                || paidAmount.compareTo(split.share().multiply(BigDecimal.valueOf(split.qualifiers()))) != 0) {
            throw new IllegalStateException("global share of closing " + closingId + " paid " + paidMembers + " of "
                    + split.qualifiers() + " members, " + paidAmount.toPlainString());
        }
        return new GlobalShareRun(
                closingId,
                status.moveTo(ClosingStatus.COMPLETED),
                minRank,
                orders,
                split,
                paidMembers,
                paidAmount,
                chunks,
                lastMemberId,
                createdAt,
                now);
    }
}

package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A page of the settlement report of a completed closing: per member and bonus type, the entries the closing took
 * per status they ended in and their amounts, members in id order (docs/modules/bonus.md, "Settlement report").
 *
 * @param totals per bonus type over the whole closing: on the first page only (null on the following ones, whose
 *               totals would be the same)
 * @param debtRecovered what the closing's confirmations repaid of members' bonus debts before reaching their
 *                      available POINT (on the first page only, like {@code totals})
 * @param items  one line per member and bonus type
 * @param next   the cursor of the following page, null on the last
 */
public record ClosingReport(
        long closingId,
        Instant cutoff,
        Instant completedAt,
        List<BonusTypeLine> totals,
        BigDecimal debtRecovered,
        List<MemberLine> items,
        String next) {

    public ClosingReport {
        totals = totals == null ? null : List.copyOf(totals);
        items = List.copyOf(items);
    }

    /** One bonus type's entries in the closing, per status. */
    public record BonusTypeLine(BonusType bonusType, List<StatusTally> statuses) {

        public BonusTypeLine {
            statuses = List.copyOf(statuses);
        }
    }

    /** One member's entries of one bonus type in the closing, per status. */
    public record MemberLine(String memberId, BonusType bonusType, List<StatusTally> statuses) {

        public MemberLine {
            statuses = List.copyOf(statuses);
        }
    }
}

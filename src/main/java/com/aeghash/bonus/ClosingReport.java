package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A page of the settlement report of a completed closing: per member and bonus type, the entries the closing took
 * per status they ended in and their amounts, and what it carried into the next closing; per member the bonus debt
 * still owed after it; members in id order (docs/modules/bonus.md, "Settlement report").
 *
 * @param totals per bonus type over the whole closing: on the first page only (null on the following ones, whose
 *               totals would be the same)
 * @param debtRecovered what the closing's confirmations repaid of members' bonus debts before reaching their
 *                      available POINT (on the first page only, like {@code totals})
 * @param debtCarried the bonus debt all members still owed when the closing completed (first page only)
 * @param items  one line per member and bonus type, and one per member still owing bonus debt
 * @param next   the cursor of the following page, null on the last
 */
public record ClosingReport(
        long closingId,
        Instant cutoff,
        Instant completedAt,
        List<BonusTypeLine> totals,
        BigDecimal debtRecovered,
        BigDecimal debtCarried,
        List<MemberLine> items,
        String next) {

    public ClosingReport {
        totals = totals == null ? null : List.copyOf(totals);
        items = List.copyOf(items);
    }

    /**
     * What a closing left pending and carried into the next one: entries of orders paid on or before its cut-off it
     * did not settle (inside the refund delay, or their credits still queued), as they stood when it completed.
     */
    public record Carried(long entries, BigDecimal amount) {

        public static final Carried NONE = new Carried(0, BigDecimal.ZERO);
    }

    /** One bonus type's entries in the closing, per status, and what it carried of that type. */
    public record BonusTypeLine(BonusType bonusType, List<StatusTally> statuses, Carried carried) {

        public BonusTypeLine {
            statuses = List.copyOf(statuses);
        }
    }

    /**
     * One member's entries of one bonus type in the closing, per status, and what it carried of them; or, with no
     * bonus type (null), no statuses and no {@code carried}, the member's bonus debt still owed after the closing
     * ({@code carriedDebt}, null on the lines of a bonus type).
     */
    public record MemberLine(
            String memberId, BonusType bonusType, List<StatusTally> statuses, Carried carried, BigDecimal carriedDebt) {

        public MemberLine {
            statuses = List.copyOf(statuses);
        }

        /** A member's line of one bonus type. */
        public static MemberLine of(String memberId, BonusType bonusType, List<StatusTally> statuses, Carried carried) {
            return new MemberLine(memberId, bonusType, statuses, carried, null);
        }

        /** A member's carried-debt line. */
        public static MemberLine debt(String memberId, BigDecimal carriedDebt) {
            return new MemberLine(memberId, null, List.of(), null, carriedDebt);
        }
    }
}

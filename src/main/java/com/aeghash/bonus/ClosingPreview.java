package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the closing of a cut-off would do if it ran now, computed without writing anything: per bonus type and for
 * the members it moves the most for, how many entries it would confirm and cancel and their amounts
 * (docs/modules/bonus.md, "Previewing a closing").
 *
 * @param paidBefore  the cut-off minus the refund delay: entries of orders paid before it are confirmed
 * @param totals      the whole closing per status it would give (CONFIRMED, CANCELLED)
 * @param members     how many members the closing would touch
 * @param bonusTypes  per bonus type, per status
 * @param topMembers  the members with the largest amounts taken (confirmed and cancelled together), largest first,
 *                    at most the number asked for
 * @param globalShare what the closing's global share would pool and pay (the orders no closing pooled yet, the
 *                    qualifiers at the cut-off); null when no rank source is present
 */
public record ClosingPreview(
        Instant cutoff,
        Instant paidBefore,
        List<StatusTally> totals,
        long members,
        List<BonusTypeTally> bonusTypes,
        List<MemberTally> topMembers,
        GlobalShare globalShare) {

    public ClosingPreview {
        totals = List.copyOf(totals);
        bonusTypes = List.copyOf(bonusTypes);
        topMembers = List.copyOf(topMembers);
    }

    /**
     * The global share the closing would pay: {@code pool} = floor8({@code pvAmount} × {@code percentage} / 100),
     * {@code share} = floor8(pool / qualifiers) to each qualifier, {@code amount} = share × qualifiers paid, {@code
     * remainder} kept by the company (all of the pool when nobody qualifies).
     *
     * @param orders the orders it would pool: paid before {@code paidBefore}, not refunded, pooled by no closing
     */
    public record GlobalShare(
            String minRank,
            long orders,
            BigDecimal pvAmount,
            BigDecimal percentage,
            BigDecimal pool,
            long qualifiers,
            BigDecimal share,
            BigDecimal amount,
            BigDecimal remainder) {}

    /** One bonus type's entries per status. */
    public record BonusTypeTally(BonusType bonusType, List<StatusTally> statuses) {

        public BonusTypeTally {
            statuses = List.copyOf(statuses);
        }
    }

    /** One member's entries (of every bonus type) per status. */
    public record MemberTally(String memberId, List<StatusTally> statuses) {

        public MemberTally {
            statuses = List.copyOf(statuses);
        }
    }
}

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
 * @param globalShare the global share the closing would pay after its entries
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

    /**
     * The global share the closing would pay: the orders it would pool (paid before {@code paidBefore}, not refunded,
     * pooled by no closing yet), their PV, the pool, the members qualifying at the cut-off, the equal share, the
     * amount paid (share × qualifiers) and the remainder the company keeps.
     */
    public record GlobalShare(
            long orders,
            BigDecimal pvAmount,
            BigDecimal percentage,
            BigDecimal pool,
            long qualifiers,
            BigDecimal share,
            BigDecimal amount,
            BigDecimal remainder) {}
}

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
 * @param debtRecovery what the closing's confirmations (its entries, then the global share) would repay of members'
 *                    bonus debts before anything reaches their available POINT
 * @param clawbacks   the refunds after confirmation of the period: confirmed entries taken back since the previous
 *                    closing's cut-off, up to this one
 */
public record ClosingPreview(
        Instant cutoff,
        Instant paidBefore,
        List<StatusTally> totals,
        long members,
        List<BonusTypeTally> bonusTypes,
        List<MemberTally> topMembers,
        GlobalShare globalShare,
        Recovery debtRecovery,
        Clawbacks clawbacks) {

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

    /**
     * The bonus debt the closing would recover: per member {@code min(debt, what the closing confirms for them)},
     * taken from their confirmations in the order the closing takes them (their entries by id, then their global
     * share), so each bonus type's part is what its confirmations repay.
     *
     * @param debt       the outstanding bonus debt of every member now (recovered or not)
     * @param amount     what the closing would recover, all members
     * @param members    how many members it would recover from
     * @param bonusTypes the recovered amount per bonus type of the confirmations that repay it
     * @param topMembers the members it would recover the most from, largest first (ties by member id), at most the
     *                   number asked for
     */
    public record Recovery(
            BigDecimal debt,
            BigDecimal amount,
            long members,
            List<TypeAmount> bonusTypes,
            List<MemberRecovery> topMembers) {

        public Recovery {
            bonusTypes = List.copyOf(bonusTypes);
            topMembers = List.copyOf(topMembers);
        }
    }

    /** An amount of one bonus type. */
    public record TypeAmount(BonusType bonusType, BigDecimal amount) {}

    /** One member's debt before the closing, what the closing would recover of it, and from which bonus types. */
    public record MemberRecovery(String memberId, BigDecimal debt, BigDecimal amount, List<TypeAmount> bonusTypes) {

        public MemberRecovery {
            bonusTypes = List.copyOf(bonusTypes);
        }
    }

    /**
     * The claw-backs of the period: confirmed entries taken back by refunds recorded at or after {@code since} (the
     * previous closing's cut-off; null when there is none) and before {@code until} (this cut-off), per bonus type and
     * for the members with the largest amounts taken back (largest first, ties by member id).
     */
    public record Clawbacks(
            Instant since,
            Instant until,
            ClawbackTally totals,
            long members,
            List<TypeClawbacks> bonusTypes,
            List<MemberClawbacks> topMembers) {

        public Clawbacks {
            bonusTypes = List.copyOf(bonusTypes);
            topMembers = List.copyOf(topMembers);
        }
    }

    /**
     * Entries clawed back: their confirmed {@code amount}, of which {@code fromAvailable} was taken from available
     * POINT and {@code toDebt} became bonus debt.
     */
    public record ClawbackTally(long entries, BigDecimal amount, BigDecimal fromAvailable, BigDecimal toDebt) {

        public static final ClawbackTally NONE =
                new ClawbackTally(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        public ClawbackTally plus(ClawbackTally other) {
            return new ClawbackTally(
                    entries + other.entries,
                    amount.add(other.amount),
                    fromAvailable.add(other.fromAvailable),
                    toDebt.add(other.toDebt));
        }
    }

    /** One bonus type's claw-backs. */
    public record TypeClawbacks(BonusType bonusType, ClawbackTally clawedBack) {}

    /** One member's claw-backs (of every bonus type). */
    public record MemberClawbacks(String memberId, ClawbackTally clawedBack) {}

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

package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusRanks.Level;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.PaidOrder.PlanShare;
import com.aeghash.bonus.UnpaidReason;
import com.aeghash.bonus.internal.JdbcCenterRepository.CenterCandidate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pure center arithmetic for one order: per plan share, the center bonus to the buyer's center when its rank (when the
 * order was paid) is the configured minimum or higher, and the center referral bonus to the center's referrer on the
 * same condition with its own minimum; the two are independent. Amounts floor8(PV × percentage / 100); a share
 * whose amount rounds to zero is neither paid nor recorded; every other unpaid one is recorded with its reason.
 */
final class CenterCalculator {

    private CenterCalculator() {}

    /** The buyer's center: the explicit one when assigned, else the nearest upline (candidates in upline order). */
    static Optional<CenterCandidate> centerOf(List<CenterCandidate> candidates, List<String> uplinesNearestFirst) {
        Optional<CenterCandidate> explicit =
                candidates.stream().filter(CenterCandidate::explicit).findFirst();
        if (explicit.isPresent()) {
            return explicit;
        }
        for (String upline : uplinesNearestFirst) {
            for (CenterCandidate candidate : candidates) {
                if (candidate.memberId().equals(upline)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param ranks the ranks, when the order was paid, of the center and its referrer (absent = FREE)
     */
    static CenterOutcome plan(
            List<PlanShare> shares,
            BonusProperties.Center settings,
            Optional<CenterCandidate> center,
            Map<String, Level> ranks) {
        List<PlannedEntry> entries = new ArrayList<>();
        List<UnpaidShare> unpaid = new ArrayList<>();
        for (PlanShare share : shares) {
            String centerId = center.map(CenterCandidate::memberId).orElse(null);
            String referrerId = center.map(CenterCandidate::referrerMemberId).orElse(null);
            pay(share, BonusType.CENTER, settings.percentage(), centerId, settings.minRank(), ranks, entries, unpaid);
            pay(
                    share,
                    BonusType.CENTER_REFERRAL,
                    settings.referralPercentage(),
                    referrerId,
                    settings.referralMinRank(),
                    ranks,
                    entries,
                    unpaid);
        }
        return new CenterOutcome(entries, unpaid);
    }

    private static void pay(
            PlanShare share,
            BonusType type,
            BigDecimal percentage,
            String beneficiary,
            Level minimum,
            Map<String, Level> ranks,
            List<PlannedEntry> entries,
            List<UnpaidShare> unpaid) {
        BigDecimal amount = BonusCalculator.amount(share.pvAmount(), percentage);
        if (amount.signum() <= 0) {
            return;
        }
        if (beneficiary == null) {
            UnpaidReason reason = type == BonusType.CENTER ? UnpaidReason.NO_CENTER : UnpaidReason.NO_CENTER_REFERRER;
            unpaid.add(UnpaidShare.nobody(share.plan(), share.pvAmount(), type, 1, reason, percentage));
            return;
        }
        Level rank = ranks.getOrDefault(beneficiary, Level.FREE);
        if (!rank.atLeast(minimum)) {
            UnpaidReason reason = type == BonusType.CENTER
                    ? UnpaidReason.CENTER_RANK_TOO_LOW
                    : UnpaidReason.CENTER_REFERRER_RANK_TOO_LOW;
            unpaid.add(new UnpaidShare(
                    share.plan(), share.pvAmount(), type, 1, beneficiary, rank, reason, percentage, amount));
            return;
        }
        entries.add(new PlannedEntry(share.plan(), share.pvAmount(), type, 1, beneficiary, percentage, amount));
    }

    /** What the center bonuses of one order pay and do not pay. */
    record CenterOutcome(List<PlannedEntry> entries, List<UnpaidShare> unpaid) {

        static final CenterOutcome NONE = new CenterOutcome(List.of(), List.of());
    }
}

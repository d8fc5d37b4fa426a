package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusRanks;
import com.aeghash.bonus.BonusRanks.Level;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.bonus.internal.CenterCalculator.CenterOutcome;
import com.aeghash.bonus.internal.JdbcCenterRepository.CenterCandidate;
import com.aeghash.organization.Upline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The center bonuses of an order, in the order's transaction: one statement for the buyer's explicit center and the
 * centers among its referral uplines (already read by the distribution, nearest first), and, when there is a center,
 * one for the ranks of the center and its referrer when the order was paid ({@link BonusRanks}).
 */
@Component
class CenterBonus {

    private final JdbcCenterRepository centers;
    private final BonusRanks ranks;
    private final BonusProperties.Center settings;

    CenterBonus(JdbcCenterRepository centers, BonusRanks ranks, BonusProperties properties) {
        this.centers = centers;
        this.ranks = ranks;
        this.settings = properties.center();
    }

    /** Nothing to look up when both percentages are zero. */
    boolean enabled() {
        return settings.percentage().signum() > 0
                || settings.referralPercentage().signum() > 0;
    }

    CenterOutcome plan(PaidOrder order, List<Upline> referralUplines) {
        if (!enabled()) {
            return CenterOutcome.NONE;
        }
        List<String> uplineIds = referralUplines.stream().map(Upline::memberId).toList();
        Optional<CenterCandidate> center =
                CenterCalculator.centerOf(centers.candidates(order.buyerMemberId(), uplineIds), uplineIds);
        Map<String, Level> ranksThen =
                center.map(found -> ranksOf(found, order)).orElse(Map.of());
        return CenterCalculator.plan(order.planShares(), settings, center, ranksThen);
    }

    private Map<String, Level> ranksOf(CenterCandidate center, PaidOrder order) {
        List<String> members = new ArrayList<>(List.of(center.memberId()));
        if (center.referrerMemberId() != null) {
            members.add(center.referrerMemberId());
        }
        return ranks.levelsAt(members, order.paidAt());
    }
}

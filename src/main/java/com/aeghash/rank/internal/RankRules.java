package com.aeghash.rank.internal;

import com.aeghash.rank.Rank;
import java.math.BigDecimal;

/**
 * A member's rank from its inputs. D0: {@code d0DirectReferrals} direct referrals or {@code d0OwnSales} own sales.
 * Dn (n = 1..5): {@code qualifyingReferrals} direct referrals of rank D(n-1) or higher; so the rank from the
 * referrals is one above the k-th highest rank among them (k = {@code qualifyingReferrals}), when that is D0 or
 * higher. The full recomputation writes the same rule in SQL ({@link RecomputationSql}).
 */
record RankRules(RankProperties properties) {

    /**
     * @param kthReferralLevel the level of the k-th highest ranked direct referral, 0 when there are fewer than k
     */
    Rank rank(long directReferrals, BigDecimal ownSales, int kthReferralLevel) {
        int fromReferrals = kthReferralLevel >= Rank.D0.level() ? kthReferralLevel + 1 : 0;
        int fromOwn = qualifiesForD0(directReferrals, ownSales) ? Rank.D0.level() : 0;
        return Rank.ofLevel(Math.min(Rank.top().level(), Math.max(fromReferrals, fromOwn)));
    }

    boolean qualifiesForD0(long directReferrals, BigDecimal ownSales) {
        return directReferrals >= properties.d0DirectReferrals() || ownSales.compareTo(properties.d0OwnSales()) >= 0;
    }
}

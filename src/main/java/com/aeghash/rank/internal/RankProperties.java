package com.aeghash.rank.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rank qualifications ({@code aeghash.rank.*}), checked at boot.
 *
 * @param d0DirectReferrals   direct referrals that make a member D0
 * @param d0OwnSales          own paid, not refunded order totals ({@code totalAmount}, USD) that make a member D0
 * @param qualifyingReferrals direct referrals of rank D(n-1) or higher that make a member Dn (n = 1..5)
 */
@ConfigurationProperties("aeghash.rank")
public record RankProperties(
        @DefaultValue("10") int d0DirectReferrals,
        @DefaultValue("200") BigDecimal d0OwnSales,
        @DefaultValue("2") int qualifyingReferrals) {

    public RankProperties {
        require(d0DirectReferrals >= 1, "d0-direct-referrals must be 1 or more");
        require(d0OwnSales != null && d0OwnSales.signum() > 0, "d0-own-sales must be positive");
        require(qualifyingReferrals >= 1 && qualifyingReferrals <= 100, "qualifying-referrals must be 1..100");
    }

    public static RankProperties defaults() {
        return new RankProperties(10, new BigDecimal("200"), 2);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("aeghash.rank." + message);
        }
    }
}

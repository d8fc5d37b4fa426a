package com.aeghash.partner;

import java.time.Instant;
import java.util.List;

/** Partner orders over time, for the console's charts. */
public interface PartnerStatistics {

    /** The longest range {@link #hourlyOrders} reads, in hours (a week). */
    int HOURS_MAX = 168;

    /**
     * Partner orders paid from {@code from} (inclusive) to {@code to} (exclusive, at most {@link #HOURS_MAX} hours
     * later), per UTC hour and partner: how many, and how many of them are refunded since. One grouped read over the
     * paid-time index ({@code partner_orders_by_paid_at}).
     *
     * @throws com.aeghash.common.ApiException 400 for an empty, reversed or too long range
     */
    List<PartnerHourTotal> hourlyOrders(Instant from, Instant to);
}

package com.aeghash.partner;

import java.time.Instant;

/**
 * One partner's orders paid in one hour.
 *
 * @param hour      the hour's start (UTC)
 * @param partnerId the partner whose orders they are
 * @param orders    the orders paid in it
 * @param refunded  how many of them are refunded since
 */
public record PartnerHourTotal(Instant hour, String partnerId, long orders, long refunded) {}

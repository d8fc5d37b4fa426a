package com.aeghash.bonus.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Refunds after confirmation ({@code aeghash.bonus.*}, beside the plan of {@link BonusProperties}), checked at boot.
 *
 * @param refundWindowDays   an order may be refunded at most this many days after its payment (1-3650)
 * @param clawbackAlertAbove a clawback whose total for one order is above this (POINT) raises an alert
 */
@ConfigurationProperties("aeghash.bonus")
record RefundProperties(
        @DefaultValue("60") int refundWindowDays,
        @DefaultValue("10000") BigDecimal clawbackAlertAbove) {

    static final int WINDOW_DAYS_MAX = 3650;

    RefundProperties {
        if (refundWindowDays < 1 || refundWindowDays > WINDOW_DAYS_MAX) {
            throw new IllegalArgumentException("aeghash.bonus.refund-window-days must be 1.." + WINDOW_DAYS_MAX);
        }
        if (clawbackAlertAbove == null || clawbackAlertAbove.signum() < 0) {
            throw new IllegalArgumentException("aeghash.bonus.clawback-alert-above must be zero or positive");
        }
    }
}

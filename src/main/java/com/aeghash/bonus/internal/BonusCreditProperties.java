package com.aeghash.bonus.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The credit poster ({@code aeghash.bonus.credits.*}), checked at boot.
 *
 * @param interval    the pause between the poster's runs (its schedule reads the same property)
 * @param batchOrders orders per posted batch (one ledger entry, one line per beneficiary: 200 orders of ~32 lines
 *                    stay well within the ledger's 10,000 lines per entry)
 */
@ConfigurationProperties("aeghash.bonus.credits")
record BonusCreditProperties(
        @DefaultValue("200ms") Duration interval,
        @DefaultValue("200") int batchOrders) {

    static final int BATCH_ORDERS_MAX = 250;

    BonusCreditProperties {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("aeghash.bonus.credits.interval must be positive");
        }
        if (batchOrders < 1 || batchOrders > BATCH_ORDERS_MAX) {
            throw new IllegalArgumentException("aeghash.bonus.credits.batch-orders must be 1.." + BATCH_ORDERS_MAX);
        }
    }
}

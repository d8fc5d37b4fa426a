package com.aeghash.wallet.internal.transactions;

import com.aeghash.common.metrics.VendorCallMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code aeghash.vendor.outcomes.unknown{kind=wallet_transaction}}: wallet transactions whose outcome is unknown. */
@Component
class UnknownTransactionsGauge {

    UnknownTransactionsGauge(JdbcClient jdbc, MeterRegistry meters, Clock clock) {
        VendorCallMetrics.unknownOutcomes(
                meters,
                "wallet_transaction",
                () -> jdbc.sql("SELECT COUNT(*) FROM wallet_transactions WHERE status = 'UNKNOWN'")
                        .query(Long.class)
                        .single(),
                clock);
    }
}

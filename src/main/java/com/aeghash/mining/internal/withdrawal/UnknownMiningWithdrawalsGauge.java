package com.aeghash.mining.internal.withdrawal;

import com.aeghash.common.metrics.VendorCallMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code aeghash.vendor.outcomes.unknown{kind=mining_withdrawal}}: mining withdrawals whose outcome is unknown. */
@Component
class UnknownMiningWithdrawalsGauge {

    UnknownMiningWithdrawalsGauge(JdbcClient jdbc, MeterRegistry meters, Clock clock) {
        VendorCallMetrics.unknownOutcomes(
                meters,
                "mining_withdrawal",
                () -> jdbc.sql("SELECT COUNT(*) FROM mining_withdrawals WHERE status = 'unknown'")
                        .query(Long.class)
                        .single(),
                clock);
    }
}

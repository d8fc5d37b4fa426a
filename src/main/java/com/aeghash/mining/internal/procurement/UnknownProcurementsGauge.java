package com.aeghash.mining.internal.procurement;

import com.aeghash.common.metrics.VendorCallMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code aeghash.vendor.outcomes.unknown{kind=mining_procurement}}: procurements whose last call's outcome is unknown. */
@Component
class UnknownProcurementsGauge {

    UnknownProcurementsGauge(JdbcClient jdbc, MeterRegistry meters, Clock clock) {
        VendorCallMetrics.unknownOutcomes(
                meters,
                "mining_procurement",
                () -> jdbc.sql("SELECT COUNT(*) FROM mining_procurements"
                                + " WHERE status IN ('CHARGE_UNKNOWN', 'PAYMENT_UNKNOWN', 'SWAP_UNKNOWN')")
                        .query(Long.class)
                        .single(),
                clock);
    }
}

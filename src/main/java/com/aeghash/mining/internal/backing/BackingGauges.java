package com.aeghash.mining.internal.backing;

import com.aeghash.mining.BackingReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The latest backing figures for MONITORING, which reads only the metrics: {@code aeghash.mining.backing.members_power}
 * and {@code aeghash.mining.backing.project_power} (MH/s, as last checked; NaN before the first check). Each scrape
 * reads the newest daily row.
 */
@Component
class BackingGauges {

    BackingGauges(BackingSnapshotRepository days, MeterRegistry meters) {
        gauge(
                meters,
                days,
                "aeghash.mining.backing.members_power",
                "members' hash power",
                BackingReport.Day::membersPower);
        gauge(
                meters,
                days,
                "aeghash.mining.backing.project_power",
                "the project's hash power at HashDam",
                BackingReport.Day::projectPower);
    }

    private static void gauge(
            MeterRegistry meters,
            BackingSnapshotRepository days,
            String name,
            String description,
            Function<BackingReport.Day, BigDecimal> figure) {
        Gauge.builder(name, days, repository -> latest(repository, figure))
                .description(description + " (MH/s) at the last backing check")
                .register(meters);
    }

    private static double latest(BackingSnapshotRepository days, Function<BackingReport.Day, BigDecimal> figure) {
        List<BackingReport.Day> newest = days.recent(1);
        return newest.isEmpty() ? Double.NaN : figure.apply(newest.get(0)).doubleValue();
    }
}

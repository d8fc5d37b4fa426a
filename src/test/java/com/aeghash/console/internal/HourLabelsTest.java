package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The partner chart's hour labels: one column per UTC hour in every operator time zone. */
class HourLabelsTest {

    @Test
    void halfHourZonesLabelEachHourWithItsMinutes() {
        Map<Instant, String> labels =
                DashboardCharts.hourLabels(hours("2026-03-01T00:00:00Z", 3), ZoneId.of("Asia/Kolkata"));

        assertThat(labels.values()).containsExactly("03-01 05:30", "03-01 06:30", "03-01 07:30");
        assertThat(DashboardCharts.hourLabels(hours("2026-03-01T00:00:00Z", 2), ZoneId.of("Asia/Kathmandu"))
                        .values())
                .containsExactly("03-01 05:45", "03-01 06:45");
    }

    @Test
    void theHourClocksGoBackIsLabelledWithItsOffsetAndNoTwoHoursShareALabel() {
        List<Instant> hours = hours("2026-11-01T04:00:00Z", 4);

        Map<Instant, String> labels = DashboardCharts.hourLabels(hours, ZoneId.of("America/New_York"));

        assertThat(labels.keySet()).containsExactlyElementsOf(hours);
        assertThat(labels.values())
                .doesNotHaveDuplicates()
                .containsExactly("11-01 00:00", "11-01 01:00", "11-01 01:00 -05:00", "11-01 02:00");
    }

    private static List<Instant> hours(String first, int count) {
        Instant start = Instant.parse(first);
        return IntStream.range(0, count)
                .mapToObj(hour -> start.plus(hour, ChronoUnit.HOURS))
                .toList();
    }
}

package com.aeghash.console.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One chart of the console: labels along x (days, closings), one series of numbers per name, drawn by uPlot from
 * the figure's {@code data-chart} JSON ({@code console.js}) and shown as a table of the same numbers below it.
 *
 * @param id     the figure's id ({@code chart-withdrawals})
 * @param title  what it shows
 * @param unit   what the numbers count ({@code withdrawals}, {@code POINT})
 * @param labels the x labels, in order
 * @param series per name the values at each label (zero where nothing happened)
 * @param range  the range shown, and the ranges to pick from, as links
 */
record Chart(
        String id, String title, String unit, List<String> labels, Map<String, List<BigDecimal>> series, Range range) {

    /** The range selector: the chosen one and the other choices with their links. */
    record Range(String chosen, Map<String, String> choices) {}

    /** Values filled in label by label and series by series (zero where nothing was added). */
    static final class Builder {
        private final List<String> labels;
        private final Map<String, BigDecimal[]> series = new LinkedHashMap<>();

        Builder(List<String> labels, List<String> seriesNames) {
            this.labels = List.copyOf(labels);
            seriesNames.forEach(this::series);
        }

        Builder add(String seriesName, String label, BigDecimal value) {
            int at = labels.indexOf(label);
            if (at >= 0 && value != null) {
                BigDecimal[] values = series(seriesName);
                values[at] = values[at].add(value);
            }
            return this;
        }

        private BigDecimal[] series(String name) {
            return series.computeIfAbsent(name, key -> {
                BigDecimal[] zeros = new BigDecimal[labels.size()];
                java.util.Arrays.fill(zeros, BigDecimal.ZERO);
                return zeros;
            });
        }

        Chart build(String id, String title, String unit, Range range) {
            Map<String, List<BigDecimal>> built = new LinkedHashMap<>();
            series.forEach((name, values) -> built.put(name, new ArrayList<>(List.of(values))));
            return new Chart(id, title, unit, labels, built, range);
        }
    }

    /** The chart as the JSON {@code console.js} draws: {@code {labels, series: [{name, values}]}}. */
    Map<String, Object> drawing() {
        List<Map<String, Object>> lines = new ArrayList<>();
        series.forEach((name, values) -> lines.add(Map.of(
                "name",
                name,
                "values",
                values.stream().map(BigDecimal::doubleValue).toList())));
        return Map.of("labels", labels, "series", lines, "unit", unit);
    }
}

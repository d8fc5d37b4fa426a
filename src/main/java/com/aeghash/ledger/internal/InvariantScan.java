package com.aeghash.ledger.internal;

import com.aeghash.ledger.InvariantReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One full scan of the ledger's invariants as recorded for health: when it started, how long it took, what it
 * found. {@code violationCount} counts every violation found; {@code violations} lists the first ones, whole lines
 * of at most {@link #VIOLATIONS_TEXT_MAX} characters together (one per line), which is what the record keeps.
 */
record InvariantScan(
        Instant checkedAt, Duration took, long accountsChecked, int violationCount, List<String> violations) {

    /** The stored list's size, its lines joined by line breaks (the column of {@code ledger_invariant_scans}). */
    static final int VIOLATIONS_TEXT_MAX = 4000;

    InvariantScan {
        violations = firstLines(violations);
        if (violationCount < violations.size()) {
            throw new IllegalArgumentException("fewer violations counted than listed");
        }
    }

    private static List<String> firstLines(List<String> violations) {
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String violation : violations) {
            String line = violation.replace('\n', ' ');
            length += line.length() + (kept.isEmpty() ? 0 : 1);
            if (length > VIOLATIONS_TEXT_MAX) {
                break;
            }
            kept.add(line);
        }
        return List.copyOf(kept);
    }

    static InvariantScan of(InvariantReport report, Duration took) {
        return new InvariantScan(
                report.checkedAt(),
                took,
                report.accountsChecked(),
                report.violations().size(),
                report.violations());
    }

    boolean healthy() {
        return violationCount == 0;
    }
}

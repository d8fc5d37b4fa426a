package com.aeghash.ledger.internal;

import com.aeghash.common.SqlTimes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code ledger_invariant_scans} (created by its migration, only ever updated). */
@Repository
class JdbcInvariantScanRepository implements InvariantScanRepository {

    private final JdbcClient jdbc;

    JdbcInvariantScanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(InvariantScan scan) {
        jdbc.sql("""
                        UPDATE ledger_invariant_scans
                        SET checked_at = :checkedAt, took_millis = :tookMillis, accounts_checked = :accounts,
                            violation_count = :violationCount, violations = :violations
                        WHERE id = 'last' AND (checked_at IS NULL OR checked_at <= :checkedAt)""")
                .param("checkedAt", SqlTimes.utc(scan.checkedAt()))
                .param("tookMillis", scan.took().toMillis())
                .param("accounts", scan.accountsChecked())
                .param("violationCount", scan.violationCount())
                .param("violations", String.join("\n", scan.violations()))
                .update();
    }

    @Override
    public Optional<InvariantScan> last() {
        return jdbc.sql("""
                        SELECT checked_at, took_millis, accounts_checked, violation_count, violations
                        FROM ledger_invariant_scans WHERE id = 'last' AND checked_at IS NOT NULL""")
                .query((row, number) -> new InvariantScan(
                        SqlTimes.instant(row, "checked_at"),
                        Duration.ofMillis(row.getLong("took_millis")),
                        row.getLong("accounts_checked"),
                        row.getInt("violation_count"),
                        lines(row.getString("violations"))))
                .optional();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}

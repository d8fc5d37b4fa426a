package com.aeghash.mining.internal.backing;

import com.aeghash.common.SqlTimes;
import com.aeghash.mining.BackingReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One backing row per day, overwritten by each check of that day; the day's alert time throttles the alert. */
@Repository
class BackingSnapshotRepository {

    private final JdbcTemplate jdbc;

    BackingSnapshotRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(BackingReport.Day day) {
        int updated = jdbc.update(
                """
                UPDATE mining_backing_snapshots SET members_power = ?, project_power = ?, project_credit = ?, taken_at = ?
                WHERE snapshot_date = ?""",
                day.membersPower(),
                day.projectPower(),
                day.projectCredit(),
                SqlTimes.utc(day.takenAt()),
                day.date());
        if (updated == 0) {
            jdbc.update(
                    """
                    INSERT INTO mining_backing_snapshots (snapshot_date, members_power, project_power, project_credit,
                        taken_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    day.date(),
                    day.membersPower(),
                    day.projectPower(),
                    day.projectCredit(),
                    SqlTimes.utc(day.takenAt()));
        }
    }

    /** Newest first. */
    List<BackingReport.Day> recent(int days) {
        return jdbc.query(
                """
                SELECT snapshot_date, members_power, project_power, project_credit, taken_at
                FROM mining_backing_snapshots ORDER BY snapshot_date DESC LIMIT ?""",
                (row, index) -> new BackingReport.Day(
                        row.getObject("snapshot_date", LocalDate.class),
                        row.getBigDecimal("members_power"),
                        row.getBigDecimal("project_power"),
                        row.getBigDecimal("project_credit"),
                        SqlTimes.instant(row, "taken_at")),
                days);
    }

    /**
     * Claims the alert of {@code date} when no alert was raised since {@code since} (on any day): true for the one
     * caller that may raise it.
     */
    boolean claimAlert(LocalDate date, Instant since, Instant now) {
        Integer later = jdbc.queryForObject(
                "SELECT COUNT(*) FROM mining_backing_snapshots WHERE alerted_at > ?",
                Integer.class,
                SqlTimes.utc(since));
        if (later != null && later > 0) {
            return false;
        }
        return jdbc.update("""
                        UPDATE mining_backing_snapshots SET alerted_at = ?
                        WHERE snapshot_date = ? AND (alerted_at IS NULL OR alerted_at <= ?)""", SqlTimes.utc(now), date, SqlTimes.utc(since)) == 1;
    }
}

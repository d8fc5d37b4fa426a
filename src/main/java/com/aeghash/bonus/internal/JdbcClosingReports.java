package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusType;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The report's aggregates over the entries a closing took ({@code closing_id}), grouped by whatever statuses they
 * are in; index {@code bonus_entries_by_closing} serves both the totals and the keyset pages. H2 and PostgreSQL alike.
 */
@Repository
class JdbcClosingReports {

    private final JdbcTemplate jdbc;

    JdbcClosingReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TallyRow<BonusType>> totals(long closingId) {
        return jdbc.query(
                """
                SELECT bonus_type, status, COUNT(*) AS entries, SUM(amount) AS amount FROM bonus_entries
                WHERE closing_id = ? GROUP BY bonus_type, status ORDER BY bonus_type""",
                (row, index) ->
                        new TallyRow<>(BonusType.valueOf(row.getString("bonus_type")), TallyRow.tallyOf(row, "status")),
                closingId);
    }

    /** The lines of at most {@code lines} (member, bonus type) pairs after the position, in that order. */
    List<TallyRow<ClosingReportCursor>> linesAfter(long closingId, ClosingReportCursor after, int lines) {
        return jdbc.query(
                """
                SELECT e.beneficiary_member_id, e.bonus_type, e.status, COUNT(*) AS entries, SUM(e.amount) AS amount
                FROM bonus_entries e JOIN (
                    SELECT DISTINCT beneficiary_member_id, bonus_type FROM bonus_entries
                    WHERE closing_id = ? AND (beneficiary_member_id, bonus_type) > (?, ?)
                    ORDER BY beneficiary_member_id, bonus_type LIMIT ?) page
                  ON page.beneficiary_member_id = e.beneficiary_member_id AND page.bonus_type = e.bonus_type
                WHERE e.closing_id = ?
                GROUP BY e.beneficiary_member_id, e.bonus_type, e.status
                ORDER BY e.beneficiary_member_id, e.bonus_type""",
                (row, index) -> new TallyRow<>(
                        new ClosingReportCursor(row.getString("beneficiary_member_id"), row.getString("bonus_type")),
                        TallyRow.tallyOf(row, "status")),
                closingId,
                after.memberId(),
                after.bonusType(),
                lines,
                closingId);
    }
}

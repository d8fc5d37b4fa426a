package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.ClosingTypeTotal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The report's aggregates over the entries a closing took ({@code closing_id}), grouped by whatever statuses they
 * are in; index {@code bonus_entries_by_closing} serves both the totals and the keyset pages. H2 and PostgreSQL alike.
 */
@Repository
class JdbcClosingReports {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcClosingReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
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

    /**
     * What the closings paid per bonus type, in one grouped read: their confirmed entries, those clawed back since
     * included. On PostgreSQL index {@code bonus_entries_paid_by_closing} (V145, partial on those two statuses, the
     * amount included) serves it as one index range per closing, in the grouping's order.
     */
    List<ClosingTypeTotal> paidByType(List<Long> closingIds) {
        if (closingIds.isEmpty()) {
            return List.of();
        }
        return named.query(
                """
                SELECT closing_id, bonus_type, SUM(amount) AS amount FROM bonus_entries
                WHERE closing_id IN (:closings) AND status IN ('CONFIRMED', 'CLAWED_BACK')
                GROUP BY closing_id, bonus_type ORDER BY closing_id, bonus_type""",
                Map.of("closings", closingIds),
                (row, index) -> new ClosingTypeTotal(
                        row.getLong("closing_id"),
                        BonusType.valueOf(row.getString("bonus_type")),
                        row.getBigDecimal("amount")));
    }

    /**
     * At most {@code lines} (member, bonus type) lines after the position, in that order: the pairs of the entries the
     * closing took (an index-only range of {@code bonus_entries_by_closing}) and of what it carried (a range of
     * {@code bonus_closing_carried}'s key), each side limited before they are merged, so a page reads at most twice its
     * lines whatever the size of the closing. The database sorts the merge, as it compares the keyset.
     */
    List<ClosingReportCursor> linesAfter(long closingId, ClosingReportCursor after, int lines) {
        return jdbc.query(
                """
                SELECT member_id, bonus_type FROM (
                    (SELECT DISTINCT beneficiary_member_id AS member_id, bonus_type FROM bonus_entries
                     WHERE closing_id = ? AND (beneficiary_member_id, bonus_type) > (?, ?)
                     ORDER BY beneficiary_member_id, bonus_type LIMIT ?)
                    UNION
                    (SELECT member_id, bonus_type FROM bonus_closing_carried
                     WHERE closing_id = ? AND (member_id, bonus_type) > (?, ?)
                     ORDER BY member_id, bonus_type LIMIT ?)) pairs
                ORDER BY member_id, bonus_type LIMIT ?""",
                (row, index) -> new ClosingReportCursor(row.getString("member_id"), row.getString("bonus_type")),
                closingId,
                after.memberId(),
                after.bonusType(),
                lines,
                closingId,
                after.memberId(),
                after.bonusType(),
                lines,
                lines);
    }

    /**
     * The tallies of the entries the closing took after the position up to the last line of a page (inclusive), one
     * range of the index. Not one join with the page's pairs: right after a closing the statistics still count its
     * entries as pending, and PostgreSQL then planned such a join as a nested loop re-reading the page for every entry
     * of the closing (two minutes for 300,000 entries, {@code bench/bonus-reports}).
     */
    List<TallyRow<ClosingReportCursor>> talliesBetween(
            long closingId, ClosingReportCursor after, ClosingReportCursor last) {
        return jdbc.query(
                """
                SELECT beneficiary_member_id, bonus_type, status, COUNT(*) AS entries, SUM(amount) AS amount
                FROM bonus_entries
                WHERE closing_id = ? AND (beneficiary_member_id, bonus_type) > (?, ?)
                  AND (beneficiary_member_id, bonus_type) <= (?, ?)
                GROUP BY beneficiary_member_id, bonus_type, status
                ORDER BY beneficiary_member_id, bonus_type""",
                (row, index) -> new TallyRow<>(
                        new ClosingReportCursor(row.getString("beneficiary_member_id"), row.getString("bonus_type")),
                        TallyRow.tallyOf(row, "status")),
                closingId,
                after.memberId(),
                after.bonusType(),
                last.memberId(),
                last.bonusType());
    }
}

package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.ClosingReport;
import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.MemberHolding;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@link ClosingCarry} on {@code bonus_closing_carried} (V148), and its reads for the report. Per member and bonus
 * type: the entries still {@code PENDING} at completion whose order was paid on or before the cut-off (inside the
 * refund delay, or their credits still queued), one {@code INSERT … SELECT … GROUP BY}. Per member, under the bonus
 * type {@value #DEBT} (none): the bonus debt outstanding after the closing, read from the ledger in pages of
 * {@value #DEBTORS_PAGE} debtors. H2 and PostgreSQL alike.
 */
@Repository
class JdbcClosingCarry implements ClosingCarry {

    /** The bonus type of a member's carried-debt line: none, which sorts before every type. */
    static final String DEBT = "";

    static final int DEBTORS_PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final Ledger ledger;

    JdbcClosingCarry(JdbcTemplate jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Override
    public long snapshot(ClosingRun run) {
        long rows = jdbc.update("""
                INSERT INTO bonus_closing_carried (closing_id, member_id, bonus_type, entries, amount)
                SELECT ?, e.beneficiary_member_id, e.bonus_type, COUNT(*), SUM(e.amount)
                FROM bonus_entries e JOIN bonus_orders o ON o.order_reference = e.order_reference
                WHERE e.status = 'PENDING' AND o.paid_at <= ?
                GROUP BY e.beneficiary_member_id, e.bonus_type""", run.id(), SqlTimes.utc(run.cutoff()));
        return rows + snapshotDebts(run.id());
    }

    /** Every member's positive bonus debt, page by page of the ledger's keyset. */
    private long snapshotDebts(long closingId) {
        long rows = 0;
        String after = null;
        List<MemberHolding> page;
        do {
            page = ledger.membersHolding(Asset.POINT, Bucket.BONUS_DEBT, after, DEBTORS_PAGE);
            if (!page.isEmpty()) {
                jdbc.batchUpdate(
                        "INSERT INTO bonus_closing_carried (closing_id, member_id, bonus_type, entries, amount)"
                                + " VALUES (?, ?, '" + DEBT + "', 0, ?)",
                        page.stream()
                                .map(debt -> new Object[] {closingId, debt.memberId(), debt.amount()})
                                .toList());
                rows += page.size();
                after = page.get(page.size() - 1).memberId();
            }
        } while (page.size() == DEBTORS_PAGE);
        return rows;
    }

    /** What the closing carried per bonus type, over all its members. */
    Map<BonusType, ClosingReport.Carried> byType(long closingId) {
        Map<BonusType, ClosingReport.Carried> byType = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT bonus_type, SUM(entries) AS entries, SUM(amount) AS amount FROM bonus_closing_carried
                WHERE closing_id = ? AND bonus_type <> ? GROUP BY bonus_type ORDER BY bonus_type""",
                row -> {
                    byType.put(
                            BonusType.valueOf(row.getString("bonus_type")),
                            new ClosingReport.Carried(row.getLong("entries"), row.getBigDecimal("amount")));
                },
                closingId,
                DEBT);
        return byType;
    }

    /** The bonus debt all members still owed after the closing; zero when none. */
    BigDecimal debtTotal(long closingId) {
        BigDecimal total = jdbc.queryForObject(
                "SELECT SUM(amount) FROM bonus_closing_carried WHERE closing_id = ? AND bonus_type = ?",
                BigDecimal.class,
                closingId,
                DEBT);
        return total == null ? BigDecimal.ZERO : total;
    }

    /** The carried lines after the position up to the last line of a page (inclusive), by (member, bonus type). */
    Map<ClosingReportCursor, ClosingReport.Carried> between(
            long closingId, ClosingReportCursor after, ClosingReportCursor last) {
        Map<ClosingReportCursor, ClosingReport.Carried> lines = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT member_id, bonus_type, entries, amount FROM bonus_closing_carried
                WHERE closing_id = ? AND (member_id, bonus_type) > (?, ?) AND (member_id, bonus_type) <= (?, ?)
                ORDER BY member_id, bonus_type""",
                row -> {
                    lines.put(
                            new ClosingReportCursor(row.getString("member_id"), row.getString("bonus_type")),
                            new ClosingReport.Carried(row.getLong("entries"), row.getBigDecimal("amount")));
                },
                closingId,
                after.memberId(),
                after.bonusType(),
                last.memberId(),
                last.bonusType());
        return lines;
    }
}

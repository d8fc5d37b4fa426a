package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusDebts;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.ClosingReport;
import com.aeghash.bonus.ClosingTypeTotal;
import com.aeghash.bonus.StatusTally;
import com.aeghash.common.ApiException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settlement reports of completed closings. A running closing has none yet (409 {@code closing_not_completed}): its
 * lines would change with every chunk, and its progress is on the closing itself. What a closing carried is the
 * snapshot its completion wrote ({@link JdbcClosingCarry}).
 */
@Service
class ClosingReports {

    static final int LINES_MAX = 1000;
    private final JdbcClosingReports reports;
    private final JdbcClosingCarry carried;
    private final ClosingRepository closings;
    private final BonusDebts debts;

    ClosingReports(JdbcClosingReports reports, JdbcClosingCarry carried, ClosingRepository closings, BonusDebts debts) {
        this.reports = reports;
        this.carried = carried;
        this.closings = closings;
        this.debts = debts;
    }

    /** What each closing paid per bonus type (at most {@link BonusReports#PAID_BY_TYPE_CLOSINGS_MAX} closings). */
    @Transactional(readOnly = true)
    public List<ClosingTypeTotal> paidByType(List<Long> closingIds) {
        if (closingIds.size() > BonusReports.PAID_BY_TYPE_CLOSINGS_MAX) {
            throw ApiException.validation(
                    "closingIds", "at most " + BonusReports.PAID_BY_TYPE_CLOSINGS_MAX + " closings at once");
        }
        return reports.paidByType(closingIds.stream().distinct().toList());
    }

    /** A page of up to {@code limit} lines (capped at {@link #LINES_MAX}) after the cursor; totals on the first. */
    @Transactional(readOnly = true)
    public ClosingReport report(long closingId, String cursor, int limit) {
        ClosingRun closing = completed(closingId);
        ClosingReportCursor after = ClosingReportCursor.decode(cursor, closingId);
        int lines = Math.min(Math.max(limit, 1), LINES_MAX);
        List<ClosingReportCursor> pairs = reports.linesAfter(closingId, after, lines + 1);
        boolean more = pairs.size() > lines;
        List<ClosingReportCursor> shown = more ? pairs.subList(0, lines) : pairs;
        String next = more ? shown.get(lines - 1).encode(closingId) : null;
        boolean first = after == ClosingReportCursor.START;
        return new ClosingReport(
                closingId,
                closing.cutoff(),
                closing.finishedAt(),
                first ? totals(closingId) : null,
                first ? debts.recoveredIn(closingId) : null,
                first ? carried.debtTotal(closingId) : null,
                linesOf(closingId, after, shown),
                next);
    }

    /** The page's lines: what the closing took of each (member, bonus type) and what it carried. */
    private List<ClosingReport.MemberLine> linesOf(
            long closingId, ClosingReportCursor after, List<ClosingReportCursor> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        ClosingReportCursor last = shown.get(shown.size() - 1);
        Map<ClosingReportCursor, List<StatusTally>> taken =
                TallyRow.grouped(reports.talliesBetween(closingId, after, last));
        Map<ClosingReportCursor, ClosingReport.Carried> carry = carried.between(closingId, after, last);
        return shown.stream()
                .map(pair -> pair.isDebt()
                        ? ClosingReport.MemberLine.debt(
                                pair.memberId(), carry.get(pair).amount())
                        : ClosingReport.MemberLine.of(
                                pair.memberId(),
                                BonusType.valueOf(pair.bonusType()),
                                taken.getOrDefault(pair, List.of()),
                                carry.getOrDefault(pair, ClosingReport.Carried.NONE)))
                .toList();
    }

    /** The closing, when its report can be read: a 404 for an unknown one, a 409 while it runs. */
    @Transactional(readOnly = true)
    public ClosingRun completed(long closingId) {
        ClosingRun closing = closings.find(closingId).orElseThrow(() -> ApiException.notFound("closing " + closingId));
        if (closing.status() != ClosingStatus.COMPLETED) {
            throw ApiException.conflict(
                    "closing_not_completed",
                    "closing " + closingId + " is " + closing.status()
                            + ": its report exists once it is completed (its progress is on the closing)");
        }
        return closing;
    }

    /** Per bonus type the closing took or carried entries of, by name: its statuses and what it carried. */
    private List<ClosingReport.BonusTypeLine> totals(long closingId) {
        Map<BonusType, List<StatusTally>> taken = TallyRow.grouped(reports.totals(closingId));
        Map<BonusType, ClosingReport.Carried> carry = carried.byType(closingId);
        TreeSet<BonusType> types = new TreeSet<>(Comparator.comparing(BonusType::name));
        types.addAll(taken.keySet());
        types.addAll(carry.keySet());
        return types.stream()
                .map(type -> new ClosingReport.BonusTypeLine(
                        type,
                        taken.getOrDefault(type, List.of()),
                        carry.getOrDefault(type, ClosingReport.Carried.NONE)))
                .toList();
    }
}

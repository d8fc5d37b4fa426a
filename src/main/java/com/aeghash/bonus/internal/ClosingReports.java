package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusDebts;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.ClosingReport;
import com.aeghash.bonus.ClosingTypeTotal;
import com.aeghash.bonus.StatusTally;
import com.aeghash.common.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settlement reports of completed closings. A running closing has none yet (409 {@code closing_not_completed}): its
 * lines would change with every chunk, and its progress is on the closing itself.
 */
@Service
class ClosingReports {

    static final int LINES_MAX = 1000;
    private final JdbcClosingReports reports;
    private final ClosingRepository closings;
    private final BonusDebts debts;

    ClosingReports(JdbcClosingReports reports, ClosingRepository closings, BonusDebts debts) {
        this.reports = reports;
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
        List<ClosingReport.MemberLine> fetched = new ArrayList<>();
        TallyRow.grouped(reports.linesAfter(closingId, after, lines + 1))
                .forEach((key, statuses) -> fetched.add(
                        new ClosingReport.MemberLine(key.memberId(), BonusType.valueOf(key.bonusType()), statuses)));
        boolean more = fetched.size() > lines;
        List<ClosingReport.MemberLine> shown = more ? fetched.subList(0, lines) : fetched;
        String next = more ? positionOf(shown.get(lines - 1)).encode(closingId) : null;
        return new ClosingReport(
                closingId,
                closing.cutoff(),
                closing.finishedAt(),
                after == ClosingReportCursor.START ? totals(closingId) : null,
                after == ClosingReportCursor.START ? debts.recoveredIn(closingId) : null,
                shown,
                next);
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

    private List<ClosingReport.BonusTypeLine> totals(long closingId) {
        Map<BonusType, List<StatusTally>> byType = TallyRow.grouped(reports.totals(closingId));
        return byType.entrySet().stream()
                .map(type -> new ClosingReport.BonusTypeLine(type.getKey(), type.getValue()))
                .toList();
    }

    private static ClosingReportCursor positionOf(ClosingReport.MemberLine line) {
        return new ClosingReportCursor(line.memberId(), line.bonusType().name());
    }
}

package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusCredits;
import com.aeghash.bonus.BonusEntryExplanation;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.ClosingPreview;
import com.aeghash.bonus.ClosingReport;
import com.aeghash.bonus.ClosingTypeTotal;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** {@link BonusReports} on the explanations, previews and reports of this package. */
@Service
class BonusReportsService implements BonusReports {

    private final EntryExplanations explanations;
    private final ClosingPreviews previews;
    private final ClosingReports reports;
    private final BonusCredits credits;

    BonusReportsService(
            EntryExplanations explanations, ClosingPreviews previews, ClosingReports reports, BonusCredits credits) {
        this.credits = credits;
        this.explanations = explanations;
        this.previews = previews;
        this.reports = reports;
    }

    @Override
    public BonusEntryExplanation explain(long entryId) {
        return explanations.explain(entryId);
    }

    @Override
    public List<ClosingTypeTotal> paidByType(List<Long> closingIds) {
        return reports.paidByType(closingIds);
    }

    @Override
    public ClosingPreview preview(Instant cutoff, int topMembers) {
        credits.postOutstanding(); // as a closing does first: the preview then shows what it would take
        return previews.preview(cutoff, topMembers);
    }

    @Override
    public ClosingReport report(long closingId, String cursor, int limit) {
        return reports.report(closingId, cursor, limit);
    }

    @Override
    public void requireReport(long closingId) {
        reports.completed(closingId);
    }

    @Override
    public void writeReportCsv(long closingId, OutputStream out) throws IOException {
        ClosingReportCsv.write(reports, closingId, out);
    }
}

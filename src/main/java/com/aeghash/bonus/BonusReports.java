package com.aeghash.bonus;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * What operators (and the console) read to trust a commission run: an entry's explanation, the preview of a closing
 * before it runs and the settlement report of a completed one. Nothing here writes.
 */
public interface BonusReports {

    /** The most members a preview lists. */
    int PREVIEW_MEMBERS_MAX = 100;

    /** The most closings {@link #paidByType} reads at once. */
    int PAID_BY_TYPE_CLOSINGS_MAX = 90;

    /**
     * Per closing, what it paid per bonus type ({@code CONFIRMED} and {@code CLAWED_BACK} entries), for at most
     * {@link #PAID_BY_TYPE_CLOSINGS_MAX} closings (more: 400). One grouped read over all of them (SUM by closing
     * and type, in the database), on PostgreSQL one range per closing of an index holding just the paid entries and
     * their amounts: its cost still grows with the entries those closings paid (each is summed once), so it is meant
     * for the closings a page shows, not for many large ones at a high rate.
     */
    List<ClosingTypeTotal> paidByType(List<Long> closingIds);

    /** The entry explained; a 404 for an unknown id. */
    BonusEntryExplanation explain(long entryId);

    /**
     * What the closing of the cut-off would confirm and cancel if it ran now, with the {@code topMembers} (1 to
     * {@link #PREVIEW_MEMBERS_MAX}) it moves the most for.
     *
     * @throws com.aeghash.common.ApiException 400 without a cut-off or with {@code topMembers} out of range, 422
     *     {@code cutoff_in_future}, 409 {@code closing_exists} when that cut-off has a closing already
     */
    ClosingPreview preview(Instant cutoff, int topMembers);

    /**
     * A page of the report of a completed closing: {@code limit} lines (1-100) after the {@code cursor} (null: the
     * first page, which carries the totals).
     *
     * @throws com.aeghash.common.ApiException 404 for an unknown closing, 409 {@code closing_not_completed}
     */
    ClosingReport report(long closingId, String cursor, int limit);

    /**
     * Checks that the closing's report can be read (the same refusals as {@link #report}); to call before a response
     * starts streaming {@link #writeReportCsv}.
     */
    void requireReport(long closingId);

    /** The whole report of a completed closing as CSV with a header row, read and written page by page. */
    void writeReportCsv(long closingId, OutputStream out) throws IOException;
}

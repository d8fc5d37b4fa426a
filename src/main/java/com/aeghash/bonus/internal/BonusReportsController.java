package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntryExplanation;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.ClosingPreview;
import com.aeghash.bonus.ClosingReport;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.security.MemberScope;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What explains a commission run: one entry's explanation (read like a member's entries: a member token only its
 * own), the preview of a closing and the settlement report of a completed one (read like the closings).
 */
@RestController
class BonusReportsController {

    static final String CLOSING_READERS = "hasAnyRole('FINANCE', 'OPERATIONS', 'ADMIN')";
    static final String REPORT_PATH = "/api/v1/bonus/closings/{id}/report";
    static final int PREVIEW_MEMBERS_DEFAULT = 20;
    static final int REPORT_LINES_DEFAULT = 100;
    static final MediaType CSV = new MediaType("text", "csv");
    private static final String REPORT_DESCRIPTION =
            "The settlement report of a completed closing: per member and bonus type the entries it took per status they ended in (CONFIRMED, CANCELLED, ...) with counts and amounts, and `carried`: the entries of orders paid on or before the cut-off it left PENDING (inside the refund delay, or credits still queued), which roll to the next closing; per member still owing bonus debt after the closing, a line of its own (`bonusType` null, `carriedDebt`). Carried entries and debts are a snapshot taken when the closing completed: later closings do not change the report. `Accept: application/json` answers pages of `{items, next}` by member id, the first page with `totals` per bonus type (with `carried`), `debtRecovered` and `debtCarried`; `Accept: text/csv` streams the whole report as one CSV file with a header row (no cursor): per status `<status>Entries,<status>Amount`, then `carriedEntries,carriedAmount,carriedDebt`. A running closing has no report yet (409 `closing_not_completed`).";
    private final BonusReports reports;

    BonusReportsController(BonusReports reports) {
        this.reports = reports;
    }

    /** The preview's cut-off and how many members it lists ({@code top}, 1-100, default 20). */
    record PreviewRequest(Instant cutoff, Integer top) {}

    @Operation(
            summary = "Explain a bonus entry",
            description =
                    "One bonus entry with what paid it: the order (buyer, paid and refunded times, product lines: none for an order sent with a bare PV), the rule (plan, bonus type, tree, level, rate, the PV it applies to), the amount, its status and the closing that took it. A member token reads only the entries it is the beneficiary of.")
    @GetMapping("/api/v1/bonus/entries/{id}")
    BonusEntryExplanation explain(@PathVariable long id, Authentication caller) {
        BonusEntryExplanation explanation = reports.explain(id);
        MemberScope.requireMayActFor(caller, explanation.beneficiaryMemberId());
        return explanation;
    }

    @Operation(
            summary = "Preview a bonus closing",
            description =
                    "What the closing of the cut-off would confirm and cancel if it ran now, per bonus type and for the `top` members (1-100, default 20) with the largest amounts, with totals; the global share it would pool and pay (`globalShare`); "
                            + "`debtRecovery`: the bonus debt its confirmations would repay first, per member min(outstanding debt, what the closing confirms for them: their entries in the closing's order, then their global share), with the outstanding `debt` of all members, the `amount` recovered, per bonus type of the confirmations that repay it and for the `top` members it recovers the most from; "
                            + "`clawbacks`: the refunds after confirmation of the period, entries taken back at or after `since` (the previous closing's cut-off, null when none) and before `until` (this cut-off), with `amount` = `fromAvailable` + `toDebt`, per bonus type and for the `top` members. "
                            + "Writes nothing of the closing (it first posts bonus credits still queued, as the credit job would within 200 ms). The cut-off is checked as the closing checks it; a cut-off that has a closing already is a 409 `closing_exists` (see its report).")
    @ProblemCode(status = 422, code = "cutoff_in_future")
    @ProblemCode(status = 409, code = "closing_exists")
    @PostMapping("/api/v1/bonus/closings/previews")
    @PreAuthorize(CLOSING_READERS)
    ClosingPreview preview(@RequestBody PreviewRequest request) {
        return reports.preview(request.cutoff(), request.top() == null ? PREVIEW_MEMBERS_DEFAULT : request.top());
    }

    @Operation(summary = "Get a closing's settlement report", description = REPORT_DESCRIPTION)
    @ProblemCode(status = 409, code = "closing_not_completed")
    @GetMapping(path = REPORT_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(CLOSING_READERS)
    ClosingReport report(
            @PathVariable long id,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return reports.report(id, cursor, CursorPage.limit(limit, REPORT_LINES_DEFAULT));
    }

    /** The whole report as CSV; refusals (404, 409) are answered before the first byte. */
    @Operation(summary = "Get a closing's settlement report", description = REPORT_DESCRIPTION)
    @ProblemCode(status = 409, code = "closing_not_completed")
    @GetMapping(path = REPORT_PATH, produces = "text/csv")
    @PreAuthorize(CLOSING_READERS)
    ResponseEntity<StreamingResponseBody> reportCsv(@PathVariable long id) {
        reports.requireReport(id);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename("closing-" + id + "-report.csv")
                .build();
        return ResponseEntity.ok()
                .contentType(new MediaType(CSV, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(out -> reports.writeReportCsv(id, out));
    }
}

package com.aeghash.console.internal;

import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.ClosingPreview;
import com.aeghash.bonus.ClosingReport;
import com.aeghash.bonus.StatusTally;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What explains a commission run on the console, read through {@link BonusReports}: a closing's preview (on the bonus
 * page), a completed closing's settlement report with its CSV download, and one bonus entry's explanation. Every
 * console user reads closings (FINANCE, OPERATIONS, ADMIN, as the API), so the console's view rule suffices.
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class BonusReportPagesController {

    static final int PREVIEW_MEMBERS = 20;
    static final int REPORT_LINES = 100;
    /** The statuses a closing gives, the report's columns: every status but PENDING. */
    static final List<BonusEntryStatus> CLOSED_STATUSES = Arrays.stream(BonusEntryStatus.values())
            .filter(status -> status != BonusEntryStatus.PENDING)
            .toList();

    private final BonusReports reports;

    BonusReportPagesController(BonusReports reports) {
        this.reports = reports;
    }

    /** What the closing of the cut-off would do now, as a fragment of the bonus page. */
    @PostMapping("/console/bonus/previews")
    String preview(@RequestParam(required = false) String cutoff, Model model, HttpServletResponse response) {
        Optional<ClosingPreview> preview = ConsoleProblem.attempt(
                model, response, () -> reports.preview(BonusPageController.cutoffOf(cutoff), PREVIEW_MEMBERS));
        preview.ifPresent(shown -> {
            List<BonusEntryStatus> statuses = statusesOf(shown.totals());
            model.addAttribute("preview", shown);
            model.addAttribute("previewStatuses", statuses);
            model.addAttribute("previewTotals", cells(shown.totals(), statuses));
            model.addAttribute(
                    "previewTypes",
                    shown.bonusTypes().stream()
                            .map(type -> new TallyRow(type.bonusType().name(), null, cells(type.statuses(), statuses)))
                            .toList());
            model.addAttribute(
                    "previewMembers",
                    shown.topMembers().stream()
                            .map(member -> new TallyRow(member.memberId(), null, cells(member.statuses(), statuses)))
                            .toList());
        });
        return "console/bonus :: preview";
    }

    /** A completed closing's report, 100 lines a page by member; a running or unknown one shows the refusal. */
    @GetMapping("/console/bonus/closings/{id}")
    String closing(
            @PathVariable long id,
            @RequestParam(required = false) String cursor,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("closingId", id);
        model.addAttribute("statuses", CLOSED_STATUSES);
        ConsoleProblem.attempt(model, response, () -> reports.report(id, cursor, REPORT_LINES))
                .ifPresent(report -> {
                    model.addAttribute("report", report);
                    if (report.totals() != null) {
                        model.addAttribute(
                                "totals",
                                report.totals().stream()
                                        .map(type -> new ReportRow(
                                                type.bonusType().name(),
                                                null,
                                                cells(type.statuses(), CLOSED_STATUSES),
                                                type.carried(),
                                                null))
                                        .toList());
                    }
                    model.addAttribute(
                            "lines",
                            report.items().stream()
                                    .map(BonusReportPagesController::rowOf)
                                    .toList());
                });
        return "console/closing";
    }

    /** The whole report as the API's CSV file; refusals before the first byte. */
    @GetMapping("/console/bonus/closings/{id}/report.csv")
    ResponseEntity<StreamingResponseBody> reportCsv(@PathVariable long id) {
        reports.requireReport(id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("closing-" + id + "-report.csv")
                                .build()
                                .toString())
                .body(out -> reports.writeReportCsv(id, out));
    }

    /** One entry with what paid it. */
    @GetMapping("/console/bonus/entries/{id}")
    String entry(@PathVariable long id, Model model, HttpServletResponse response) {
        model.addAttribute("entryId", id);
        ConsoleProblem.attempt(model, response, () -> reports.explain(id))
                .ifPresent(explanation -> model.addAttribute("explanation", explanation));
        return "console/bonus-entry";
    }

    /** One row of a table of tallies: its labels and one cell per status column. */
    record TallyRow(String label, String secondLabel, List<StatusTally> cells) {}

    /**
     * One row of a settlement report: its labels, one cell per status column, what the closing carried and, on a
     * member's carried-debt row (no bonus type, no cells), the debt still owed after the closing.
     */
    record ReportRow(
            String label,
            String secondLabel,
            List<StatusTally> cells,
            ClosingReport.Carried carried,
            BigDecimal carriedDebt) {}

    private static ReportRow rowOf(ClosingReport.MemberLine line) {
        if (line.bonusType() == null) {
            return new ReportRow(line.memberId(), "bonus debt", List.of(), null, line.carriedDebt());
        }
        return new ReportRow(
                line.memberId(),
                line.bonusType().name(),
                cells(line.statuses(), CLOSED_STATUSES),
                line.carried(),
                null);
    }

    /** The tallies of the statuses, with an empty one where a status has none: one cell per column. */
    static List<StatusTally> cells(List<StatusTally> tallies, List<BonusEntryStatus> statuses) {
        return statuses.stream().map(status -> StatusTally.of(tallies, status)).toList();
    }

    private static List<BonusEntryStatus> statusesOf(List<StatusTally> tallies) {
        return tallies.stream().map(StatusTally::status).toList();
    }
}

package com.aeghash.console.internal;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.audit.AuditQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail searched by actor, action prefix, target and time range, newest first, 50 a page (keyset
 * cursor {@code before}), and the same search as CSV (at most {@link #CSV_ROWS_MAX} rows, read 500 at a time).
 */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'READ_AUDIT_TRAIL')")
class AuditPageController {

    static final int PAGE_SIZE = 50;
    private static final ConsolePaging.Keyset<AuditEntry> LIST =
            ConsolePaging.Keyset.newestFirstById("before", AuditEntry::id);
    static final int CSV_ROWS_MAX = 10_000;
    private static final int CSV_CHUNK = 500;
    private final AuditLog auditLog;
    private final ZoneId zone;

    AuditPageController(AuditLog auditLog, @Value("${aeghash.console.time-zone:Asia/Seoul}") ZoneId zone) {
        this.auditLog = auditLog;
        this.zone = zone;
    }

    @GetMapping("/console/audit")
    String audit(
            @ModelAttribute("form") AuditSearchForm form,
            @RequestParam(required = false) String before,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute(
                "csv",
                ConsolePaging.addressOf("/console/audit.csv", form.parameters())
                        .build()
                        .toUriString());
        ConsoleProblem.attempt(
                        model,
                        response,
                        () -> ConsolePaging.read(
                                LIST,
                                ConsolePaging.addressOf(request),
                                before,
                                PAGE_SIZE,
                                (cursor, rows) -> auditLog.search(
                                        form.query(zone),
                                        ConsolePaging.number(cursor, LIST.parameter(), Long.MAX_VALUE),
                                        rows)))
                .ifPresent(found -> model.addAttribute("audit", found));
        return "console/audit";
    }

    @GetMapping("/console/audit.csv")
    void csv(@ModelAttribute AuditSearchForm form, HttpServletResponse response) throws IOException {
        AuditQuery query = form.query(zone);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        ConsoleFormat show = new ConsoleFormat(true, zone);
        Writer writer = response.getWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader("id", "occurred_at", "occurred_at_local", "actor", "action", "target", "details")
                .get()
                .print(writer)) {
            long before = Long.MAX_VALUE;
            int written = 0;
            while (written < CSV_ROWS_MAX) {
                List<AuditEntry> chunk = auditLog.search(query, before, Math.min(CSV_CHUNK, CSV_ROWS_MAX - written));
                for (AuditEntry entry : chunk) {
                    csv.printRecord(
                            entry.id(),
                            entry.occurredAt(),
                            show.time(entry.occurredAt()),
                            entry.actor(),
                            entry.action(),
                            entry.target(),
                            details(entry.details()));
                }
                written += chunk.size();
                if (chunk.size() < CSV_CHUNK) {
                    break;
                }
                before = chunk.get(chunk.size() - 1).id();
            }
        }
    }

    private static String details(Map<String, String> details) {
        StringBuilder text = new StringBuilder();
        details.forEach((key, value) ->
                text.append(text.isEmpty() ? "" : "; ").append(key).append('=').append(value));
        return text.toString();
    }
}

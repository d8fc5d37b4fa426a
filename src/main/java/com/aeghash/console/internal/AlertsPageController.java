package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.notification.AlertHistory;
import com.aeghash.notification.RecordedAlert;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alerts raised, newest first, 50 a page (keyset {@code before}: the last alert's time and id), with who acknowledged and resolved each; acknowledge and resolve (with a note)
 * are htmx POSTs answering the alert's row again (or the refusal, e.g. {@code already_acknowledged}, inline).
 */
@Controller
class AlertsPageController {

    static final String ROW = "console/alert-row :: row";
    static final int PAGE_SIZE = 50;
    private static final ConsolePaging.Keyset<RecordedAlert> ALERTS = ConsolePaging.Keyset.newestFirst(
            "before", alert -> TimedCursor.of(alert.raisedAt(), alert.id().toString()));
    private final AlertHistory alerts;
    private final AlertActions actions;

    AlertsPageController(AlertHistory alerts, AlertActions actions) {
        this.alerts = alerts;
        this.actions = actions;
    }

    @GetMapping("/console/alerts")
    @PreAuthorize(ConsoleAccess.VIEW)
    String alerts(@RequestParam(required = false) String before, Model model, HttpServletRequest request) {
        model.addAttribute(
                "alerts",
                ConsolePaging.read(
                        ALERTS,
                        ConsolePaging.addressOf(request),
                        before,
                        PAGE_SIZE,
                        (cursor, rows) -> cursor == null
                                ? alerts.recent(rows)
                                : after(TimedCursor.parse(cursor, ALERTS.parameter()), rows)));
        return "console/alerts";
    }

    private List<RecordedAlert> after(TimedCursor cursor, int limit) {
        UUID id;
        try {
            id = UUID.fromString(cursor.key());
        } catch (IllegalArgumentException notAnId) {
            throw ApiException.validation(ALERTS.parameter(), "is not a position in this list");
        }
        return alerts.recentAfter(cursor.time(), id, limit);
    }

    @PostMapping("/console/alerts/{id}/acknowledgement")
    @PreAuthorize("@consoleAccess.allows(authentication, 'HANDLE_ALERTS')")
    String acknowledge(
            @PathVariable UUID id,
            @RequestParam(required = false) String note,
            Authentication caller,
            Model model,
            HttpServletResponse response) {
        return row(id, model, response, () -> actions.acknowledge(id, caller.getName(), note));
    }

    @PostMapping("/console/alerts/{id}/resolution")
    @PreAuthorize("@consoleAccess.allows(authentication, 'HANDLE_ALERTS')")
    String resolve(
            @PathVariable UUID id,
            @RequestParam(required = false) String note,
            Authentication caller,
            Model model,
            HttpServletResponse response) {
        return row(id, model, response, () -> actions.resolve(id, caller.getName(), note));
    }

    private String row(UUID id, Model model, HttpServletResponse response, Supplier<RecordedAlert> act) {
        ConsoleProblem.attempt(model, response, act)
                .or(() -> alerts.find(id))
                .ifPresentOrElse(alert -> model.addAttribute("recorded", alert), () -> {
                    throw ApiException.notFound("alert " + id);
                });
        return ROW;
    }
}

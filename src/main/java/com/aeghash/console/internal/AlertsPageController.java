package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.notification.AlertHistory;
import jakarta.servlet.http.HttpServletResponse;
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
 * The alerts raised, newest first, with who acknowledged and resolved each; acknowledge and resolve (with a note)
 * are htmx POSTs answering the alert's row again (or the refusal, e.g. {@code already_acknowledged}, inline).
 */
@Controller
class AlertsPageController {

    static final String ROW = "console/alert-row :: row";
    private static final int RECENT_ON_PAGE = 200;
    private final AlertHistory alerts;
    private final AlertActions actions;

    AlertsPageController(AlertHistory alerts, AlertActions actions) {
        this.alerts = alerts;
        this.actions = actions;
    }

    @GetMapping("/console/alerts")
    @PreAuthorize(ConsoleAccess.VIEW)
    String alerts(Model model) {
        model.addAttribute("alerts", alerts.recent(RECENT_ON_PAGE));
        return "console/alerts";
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

    private String row(
            UUID id, Model model, HttpServletResponse response, Supplier<com.aeghash.notification.RecordedAlert> act) {
        ConsoleProblem.attempt(model, response, act)
                .or(() -> alerts.find(id))
                .ifPresentOrElse(alert -> model.addAttribute("recorded", alert), () -> {
                    throw ApiException.notFound("alert " + id);
                });
        return ROW;
    }
}

package com.aeghash.console.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.MemberIds;
import com.aeghash.ledger.Ledger;
import com.aeghash.notification.AlertHistory;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's general pages: sign-in, dashboard, alerts, audit trail and member balances. */
@Controller
class ConsolePagesController {

    private static final int RECENT_ON_DASHBOARD = 10;
    private static final int RECENT_ON_PAGE = 200;

    private final AlertHistory alerts;
    private final AuditLog auditLog;
    private final Ledger ledger;
    private final HealthEndpoint health;

    ConsolePagesController(AlertHistory alerts, AuditLog auditLog, Ledger ledger, HealthEndpoint health) {
        this.alerts = alerts;
        this.auditLog = auditLog;
        this.ledger = ledger;
        this.health = health;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping({"/console", "/"})
    String dashboard(Model model) {
        model.addAttribute("health", health.health());
        model.addAttribute("alerts", alerts.recent(RECENT_ON_DASHBOARD));
        model.addAttribute("audit", auditLog.recent(null, RECENT_ON_DASHBOARD));
        return "console/dashboard";
    }

    @GetMapping("/console/alerts")
    String alerts(Model model) {
        model.addAttribute("alerts", alerts.recent(RECENT_ON_PAGE));
        return "console/alerts";
    }

    @GetMapping("/console/audit")
    String audit(@RequestParam(required = false) String action, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("audit", auditLog.recent(action == null || action.isBlank() ? null : action,
                RECENT_ON_PAGE));
        return "console/audit";
    }

    @GetMapping("/console/members")
    String member(@RequestParam(required = false) String memberId, Model model) {
        if (memberId != null && !memberId.isBlank()) {
            model.addAttribute("memberId", memberId);
            if (MemberIds.isValid(memberId)) {
                model.addAttribute("balances", ledger.balancesOf(memberId));
            } else {
                model.addAttribute("error", "not a valid member id");
            }
        }
        return "console/member";
    }
}

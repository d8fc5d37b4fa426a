package com.aeghash.console.internal;

import com.aeghash.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's general pages: sign-in and the audit trail. */
@Controller
class ConsolePagesController {

    private static final int RECENT_ON_PAGE = 200;

    private final AuditLog auditLog;

    ConsolePagesController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/console/audit")
    @PreAuthorize("@consoleAccess.allows(authentication, 'READ_AUDIT_TRAIL')")
    String audit(@RequestParam(required = false) String action, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("audit", auditLog.recent(Text.blankToNull(action), RECENT_ON_PAGE));
        return "console/audit";
    }
}

package com.aeghash.audit.internal;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/api/v1/audit")
    @PreAuthorize(AuditLog.READERS)
    List<AuditEntry> recent(
            @RequestParam(required = false) String action, @RequestParam(defaultValue = "100") int limit) {
        return auditLog.recent(action, limit);
    }
}

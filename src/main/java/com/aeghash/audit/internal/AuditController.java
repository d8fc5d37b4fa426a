package com.aeghash.audit.internal;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.web.CursorPage;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController {

    private static final int PAGE_DEFAULT = 100;
    private static final int PAGE_MAX = 200;
    private static final CursorPage.Keyset<AuditEntry> TRAIL =
            new CursorPage.Keyset<>("audit", Long.MAX_VALUE, AuditEntry::id);

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Operation(
            summary = "List audit entries",
            description =
                    "The audit trail (operator actions) newest first, optionally of one `action`, a page at a time "
                            + "(`limit` up to 200).")
    @GetMapping("/api/v1/audit")
    @PreAuthorize(AuditLog.READERS)
    CursorPage<AuditEntry> recent(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return CursorPage.read(
                TRAIL,
                cursor,
                CursorPage.limit(limit, PAGE_DEFAULT, PAGE_MAX),
                (beforeId, rows) -> auditLog.recent(action, beforeId, rows));
    }
}

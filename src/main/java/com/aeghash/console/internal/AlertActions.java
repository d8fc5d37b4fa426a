package com.aeghash.console.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.notification.AlertDesk;
import com.aeghash.notification.RecordedAlert;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator's acknowledgement or resolution of an alert, and its audit entry, in one transaction. */
@Service
class AlertActions {

    private final AlertDesk desk;
    private final AuditLog auditLog;

    AlertActions(AlertDesk desk, AuditLog auditLog) {
        this.desk = desk;
        this.auditLog = auditLog;
    }

    @Transactional
    RecordedAlert acknowledge(UUID alertId, String operator, String note) {
        RecordedAlert alert = desk.acknowledge(alertId, operator, note);
        auditLog.record(operator, "alert.acknowledged", "alert:" + alertId, details(alert, note));
        return alert;
    }

    @Transactional
    RecordedAlert resolve(UUID alertId, String operator, String note) {
        RecordedAlert alert = desk.resolve(alertId, operator, note);
        auditLog.record(operator, "alert.resolved", "alert:" + alertId, details(alert, note));
        return alert;
    }

    private static Map<String, String> details(RecordedAlert alert, String note) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("title", alert.alert().title());
        details.put("source", alert.alert().source());
        if (note != null && !note.isBlank()) {
            details.put("note", note.strip());
        }
        return details;
    }
}

package com.aeghash.approval.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertSeverity;
import com.aeghash.notification.Notifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The audit entry of every step of a request, each naming the maker and (once there is one) the checker, and the
 * alerts operators act on: a request waiting for a checker, an approved action refused, one left unfinished.
 */
@Component
class ApprovalTrail {

    static final String ALERT_SOURCE = "approval";
    static final String SYSTEM = "system";
    private final AuditLog auditLog;
    private final Notifier notifier;

    ApprovalTrail(AuditLog auditLog, Notifier notifier) {
        this.auditLog = auditLog;
        this.notifier = notifier;
    }

    void requested(ApprovalRow row) {
        audit(
                row.maker(),
                "approval.requested",
                row,
                Map.of("reason", row.reason(), "expiresAt", row.expiresAt().toString()));
        notifier.alert(new Alert(
                AlertSeverity.INFO,
                ALERT_SOURCE,
                "Second operator needed",
                row.maker() + " asks for " + row.kind() + " of " + row.subject() + ": " + row.reason()
                        + ". Another operator approves or rejects it on the console's Approvals page or with POST "
                        + "/api/v1/approval-requests/" + row.id() + "/approvals (or /rejections).",
                fields(row)));
    }

    void approved(ApprovalRow row) {
        audit(row.checker(), "approval.approved", row, note(row));
    }

    void rejected(ApprovalRow row) {
        audit(row.checker(), "approval.rejected", row, note(row));
    }

    void cancelled(ApprovalRow row) {
        audit(row.maker(), "approval.cancelled", row, note(row));
    }

    void expired(ApprovalRow row) {
        audit(
                SYSTEM,
                "approval.expired",
                row,
                Map.of("expiresAt", row.expiresAt().toString()));
    }

    void executed(ApprovalRow row) {
        audit(row.checker(), "approval.executed", row, Map.of("result", row.result()));
    }

    void failed(ApprovalRow row) {
        audit(
                row.checker(),
                "approval.execution_failed",
                row,
                Map.of("code", row.resultCode(), "result", row.result()));
        notifier.alert(Alert.warning(
                ALERT_SOURCE,
                "Approved action refused",
                row.kind() + " of " + row.subject() + " (asked by " + row.maker() + ", approved by " + row.checker()
                        + ") was refused when it ran: " + row.result(),
                fields(row)));
    }

    void resumed(ApprovalRow row) {
        audit(SYSTEM, "approval.execution_resumed", row, Map.of());
        notifier.alert(Alert.critical(
                ALERT_SOURCE,
                "Approved action unfinished",
                row.kind() + " of " + row.subject() + " (asked by " + row.maker() + ", approved by " + row.checker()
                        + ") has been executing since " + row.decidedAt() + " without a result: it runs again now",
                fields(row)));
    }

    private void audit(String actor, String action, ApprovalRow row, Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("kind", row.kind());
        details.put("subject", row.subject());
        details.put("maker", row.maker());
        if (row.checker() != null) {
            details.put("checker", row.checker());
        }
        details.putAll(extra);
        auditLog.record(actor, action, "approval-request:" + row.id(), details);
    }

    private static Map<String, String> note(ApprovalRow row) {
        return row.decisionNote() == null ? Map.of() : Map.of("note", row.decisionNote());
    }

    private static Map<String, String> fields(ApprovalRow row) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("approvalRequestId", String.valueOf(row.id()));
        fields.put("kind", row.kind());
        fields.put("subject", row.subject());
        fields.put("maker", row.maker());
        if (row.checker() != null) {
            fields.put("checker", row.checker());
        }
        return fields;
    }
}

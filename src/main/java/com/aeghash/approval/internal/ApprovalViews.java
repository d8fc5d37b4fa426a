package com.aeghash.approval.internal;

import com.aeghash.approval.ApprovalRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A stored request as operators and handlers see it: the payload as JSON again. */
@Component
class ApprovalViews {

    private final JsonMapper json;

    ApprovalViews(JsonMapper json) {
        this.json = json;
    }

    ApprovalRequest of(ApprovalRow row) {
        return new ApprovalRequest(
                row.id(),
                row.kind(),
                row.subject(),
                json.readTree(row.payload()),
                row.reason(),
                row.status(),
                row.maker(),
                row.requestedAt(),
                row.expiresAt(),
                row.checker(),
                row.decisionNote(),
                row.decidedAt(),
                row.result(),
                row.resultCode(),
                row.completedAt());
    }
}

package com.aeghash.approval;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What a maker asks for. The module filing it has checked the maker's roles (its endpoint) and the payload (a
 * 4xx before anything is stored); at most one request per kind and subject waits at a time.
 *
 * @param kind    a kind some {@link ApprovalHandler} executes
 * @param subject what it is about, 1-200 characters, e.g. {@code mining-run:2025-03-01}
 * @param payload what the handler needs to execute it (an object; stored in canonical form)
 * @param maker   the operator asking
 * @param reason  why, 1-500 characters
 */
public record NewApprovalRequest(String kind, String subject, JsonNode payload, String maker, String reason) {

    public NewApprovalRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(maker, "maker");
        if (!payload.isObject()) {
            throw new IllegalArgumentException("an approval request's payload is a JSON object");
        }
    }
}

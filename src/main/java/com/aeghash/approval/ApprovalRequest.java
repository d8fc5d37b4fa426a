package com.aeghash.approval;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A four-eyes request as operators see it: what the maker asked for ({@code kind}, {@code subject} and the
 * {@code payload} the handler executes, shown to the checker as stored) and what became of it.
 *
 * @param subject      what the action is about, e.g. {@code member:bob} or {@code wallet-transaction:17}
 * @param payload      the action's parameters in canonical JSON (members sorted, plain decimals)
 * @param reason       why the maker asks (shown to the checker)
 * @param checker      who approved or rejected it; null while awaiting, when cancelled or expired
 * @param decisionNote the checker's note or reason, or the maker's when cancelling
 * @param decidedAt    when it was approved, rejected, cancelled or expired
 * @param result       what the executed action did, or why it was refused when it ran
 * @param resultCode   the refusal's problem code when it failed
 * @param completedAt  when the action's result was recorded
 */
public record ApprovalRequest(
        long id,
        String kind,
        String subject,
        JsonNode payload,
        String reason,
        ApprovalStatus status,
        String maker,
        Instant requestedAt,
        Instant expiresAt,
        String checker,
        String decisionNote,
        Instant decidedAt,
        String result,
        String resultCode,
        Instant completedAt) {}

package com.aeghash.approval.internal;

import com.aeghash.approval.ApprovalAction;
import com.aeghash.approval.ApprovalStatus;
import java.time.Instant;

/**
 * A stored approval request. Immutable; every change of status goes through {@link #after}, which follows the
 * lifecycle table of {@link ApprovalStatus} (an illegal move is a bug and throws).
 *
 * @param payload  the canonical JSON text of the action's parameters
 * @param decision what the checker (or the clock) decided and what the executed action did; {@link Decision#NONE}
 *                 while awaiting approval
 */
record ApprovalRow(
        long id,
        String kind,
        String subject,
        String payload,
        String reason,
        ApprovalStatus status,
        String maker,
        Instant requestedAt,
        Instant expiresAt,
        Decision decision,
        Instant updatedAt) {

    static final int TEXT_LENGTH_MAX = 500;
    static final int RESULT_LENGTH_MAX = 1000;

    /**
     * The decision on a request and its result; the note and the result are cut to their columns' lengths (what is
     * already stored fits them).
     *
     * @param checker who approved or rejected it; null while awaiting, when cancelled or expired
     * @param note    the checker's note or reason, or the maker's when cancelling
     */
    record Decision(
            String checker, String note, Instant decidedAt, String result, String resultCode, Instant completedAt) {

        static final Decision NONE = new Decision(null, null, null, null, null, null);

        Decision {
            note = cut(note, TEXT_LENGTH_MAX);
            result = cut(result, RESULT_LENGTH_MAX);
        }

        static Decision decided(String checker, String note, Instant at) {
            return new Decision(checker, note, at, null, null, null);
        }

        Decision completed(String newResult, String newResultCode, Instant at) {
            return new Decision(checker, note, decidedAt, newResult, newResultCode, at);
        }

        private static String cut(String text, int lengthMax) {
            return text == null || text.length() <= lengthMax ? text : text.substring(0, lengthMax);
        }
    }

    /** A request just asked for, awaiting approval until {@code expiresAt}. */
    static ApprovalRow awaiting(
            String kind, String subject, String payload, String reason, String maker, Instant now, Instant expiresAt) {
        return new ApprovalRow(
                0,
                kind,
                subject,
                payload,
                reason,
                ApprovalStatus.AWAITING_APPROVAL,
                maker,
                now,
                expiresAt,
                Decision.NONE,
                now);
    }

    /** Kind and subject while the request is open (awaiting approval or executing): one open request each. */
    String openSubject() {
        return status == ApprovalStatus.AWAITING_APPROVAL || status == ApprovalStatus.EXECUTING
                ? kind + ":" + subject
                : null;
    }

    boolean hasExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    ApprovalRow approved(String byChecker, String note, Instant now) {
        return copy(id, next(ApprovalAction.APPROVE), now, Decision.decided(byChecker, note, now));
    }

    ApprovalRow rejected(String byChecker, String rejectionReason, Instant now) {
        return copy(id, next(ApprovalAction.REJECT), now, Decision.decided(byChecker, rejectionReason, now));
    }

    ApprovalRow cancelled(String cancellationReason, Instant now) {
        return copy(id, next(ApprovalAction.CANCEL), now, Decision.decided(null, cancellationReason, now));
    }

    ApprovalRow expired(Instant now) {
        return copy(id, next(ApprovalAction.EXPIRE), now, Decision.decided(null, null, now));
    }

    ApprovalRow executed(String outcome, Instant now) {
        return copy(id, next(ApprovalAction.RECORD_EXECUTED), now, decision.completed(outcome, null, now));
    }

    ApprovalRow failed(String code, String refusal, Instant now) {
        return copy(id, next(ApprovalAction.RECORD_FAILED), now, decision.completed(refusal, code, now));
    }

    /** Still executing, looked at again now (by the recovery job, so that the next run does not take it at once). */
    ApprovalRow touched(Instant now) {
        return copy(id, status, now, decision);
    }

    /** The row as stored under its new id, otherwise unchanged. */
    ApprovalRow withId(long newId) {
        return copy(newId, status, updatedAt, decision);
    }

    String checker() {
        return decision.checker();
    }

    String decisionNote() {
        return decision.note();
    }

    Instant decidedAt() {
        return decision.decidedAt();
    }

    String result() {
        return decision.result();
    }

    String resultCode() {
        return decision.resultCode();
    }

    Instant completedAt() {
        return decision.completedAt();
    }

    private ApprovalStatus next(ApprovalAction action) {
        return status.next(action)
                .orElseThrow(() ->
                        new IllegalStateException("approval request " + id + " cannot " + action + " while " + status));
    }

    /** The request under {@code newId} with a new status and decision, changed {@code now}. */
    private ApprovalRow copy(long newId, ApprovalStatus newStatus, Instant now, Decision newDecision) {
        return new ApprovalRow(
                newId, kind, subject, payload, reason, newStatus, maker, requestedAt, expiresAt, newDecision, now);
    }
}

package com.aeghash.approval.internal;

import com.aeghash.approval.ApprovalAction;
import com.aeghash.approval.ApprovalStatus;
import java.time.Instant;

/**
 * A stored approval request. Immutable; every change of status goes through {@link #after}, which follows the
 * lifecycle table of {@link ApprovalStatus} (an illegal move is a bug and throws).
 *
 * @param payload the canonical JSON text of the action's parameters
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
        String checker,
        String decisionNote,
        Instant decidedAt,
        String result,
        String resultCode,
        Instant completedAt,
        Instant updatedAt) {

    static final int TEXT_LENGTH_MAX = 500;
    static final int RESULT_LENGTH_MAX = 1000;

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
        return after(ApprovalAction.APPROVE, now, byChecker, note, now, null, null, null);
    }

    ApprovalRow rejected(String byChecker, String rejectionReason, Instant now) {
        return after(ApprovalAction.REJECT, now, byChecker, rejectionReason, now, null, null, null);
    }

    ApprovalRow cancelled(String cancellationReason, Instant now) {
        return after(ApprovalAction.CANCEL, now, null, cancellationReason, now, null, null, null);
    }

    ApprovalRow expired(Instant now) {
        return after(ApprovalAction.EXPIRE, now, null, null, now, null, null, null);
    }

    ApprovalRow executed(String outcome, Instant now) {
        return after(ApprovalAction.RECORD_EXECUTED, now, checker, decisionNote, decidedAt, outcome, null, now);
    }

    ApprovalRow failed(String code, String refusal, Instant now) {
        return after(ApprovalAction.RECORD_FAILED, now, checker, decisionNote, decidedAt, refusal, code, now);
    }

    /** Still executing, looked at again now (by the recovery job, so that the next run does not take it at once). */
    ApprovalRow touched(Instant now) {
        return with(status, now, checker, decisionNote, decidedAt, result, resultCode, completedAt);
    }

    private ApprovalRow after(
            ApprovalAction action,
            Instant now,
            String newChecker,
            String note,
            Instant newDecidedAt,
            String newResult,
            String newResultCode,
            Instant newCompletedAt) {
        ApprovalStatus next = status.next(action)
                .orElseThrow(() ->
                        new IllegalStateException("approval request " + id + " cannot " + action + " while " + status));
        return with(
                next,
                now,
                newChecker,
                cut(note, TEXT_LENGTH_MAX),
                newDecidedAt,
                cut(newResult, RESULT_LENGTH_MAX),
                newResultCode,
                newCompletedAt);
    }

    /** The request as it is, with the fields a decision or its result changes. */
    private ApprovalRow with(
            ApprovalStatus newStatus,
            Instant now,
            String newChecker,
            String note,
            Instant newDecidedAt,
            String newResult,
            String newResultCode,
            Instant newCompletedAt) {
        return new ApprovalRow(
                id,
                kind,
                subject,
                payload,
                reason,
                newStatus,
                maker,
                requestedAt,
                expiresAt,
                newChecker,
                note,
                newDecidedAt,
                newResult,
                newResultCode,
                newCompletedAt,
                now);
    }

    private static String cut(String text, int lengthMax) {
        return text == null || text.length() <= lengthMax ? text : text.substring(0, lengthMax);
    }
}

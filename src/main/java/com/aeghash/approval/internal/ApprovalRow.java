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
        return copy(id, next(ApprovalAction.APPROVE), now, byChecker, note, now, null, null, null);
    }

    ApprovalRow rejected(String byChecker, String rejectionReason, Instant now) {
        return copy(id, next(ApprovalAction.REJECT), now, byChecker, rejectionReason, now, null, null, null);
    }

    ApprovalRow cancelled(String cancellationReason, Instant now) {
        return copy(id, next(ApprovalAction.CANCEL), now, null, cancellationReason, now, null, null, null);
    }

    ApprovalRow expired(Instant now) {
        return copy(id, next(ApprovalAction.EXPIRE), now, null, null, now, null, null, null);
    }

    ApprovalRow executed(String outcome, Instant now) {
        return copy(
                id, next(ApprovalAction.RECORD_EXECUTED), now, checker, decisionNote, decidedAt, outcome, null, now);
    }

    ApprovalRow failed(String code, String refusal, Instant now) {
        return copy(id, next(ApprovalAction.RECORD_FAILED), now, checker, decisionNote, decidedAt, refusal, code, now);
    }

    /** Still executing, looked at again now (by the recovery job, so that the next run does not take it at once). */
    ApprovalRow touched(Instant now) {
        return copy(id, status, now, checker, decisionNote, decidedAt, result, resultCode, completedAt);
    }

    /** The row as stored under its new id, otherwise unchanged. */
    ApprovalRow withId(long newId) {
        return copy(newId, status, updatedAt, checker, decisionNote, decidedAt, result, resultCode, completedAt);
    }

    private ApprovalStatus next(ApprovalAction action) {
        return status.next(action)
                .orElseThrow(() ->
                        new IllegalStateException("approval request " + id + " cannot " + action + " while " + status));
    }

    /**
     * The request under {@code newId} with the fields a decision or its result changes; the note and the result are
     * cut to their columns' lengths (what is already stored fits them).
     */
    private ApprovalRow copy(
            long newId,
            ApprovalStatus newStatus,
            Instant now,
            String newChecker,
            String note,
            Instant newDecidedAt,
            String newResult,
            String newResultCode,
            Instant newCompletedAt) {
        return new ApprovalRow(
                newId,
                kind,
                subject,
                payload,
                reason,
                newStatus,
                maker,
                requestedAt,
                expiresAt,
                newChecker,
                cut(note, TEXT_LENGTH_MAX),
                newDecidedAt,
                cut(newResult, RESULT_LENGTH_MAX),
                newResultCode,
                newCompletedAt,
                now);
    }

    private static String cut(String text, int lengthMax) {
        return text == null || text.length() <= lengthMax ? text : text.substring(0, lengthMax);
    }
}

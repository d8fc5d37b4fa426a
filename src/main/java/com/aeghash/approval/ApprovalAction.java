package com.aeghash.approval;

/** What moves an approval request along its lifecycle ({@link ApprovalStatus}). */
public enum ApprovalAction {
    /** A checker approves: the action starts executing. */
    APPROVE,
    /** A checker refuses the action. */
    REJECT,
    /** The maker withdraws the request. */
    CANCEL,
    /** Nobody decided before the request's expiry. */
    EXPIRE,
    /** The approved action ran and said what it did. */
    RECORD_EXECUTED,
    /** The approved action was refused when it ran (its module's problem is the result). */
    RECORD_FAILED
}

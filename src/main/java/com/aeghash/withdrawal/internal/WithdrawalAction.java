package com.aeghash.withdrawal.internal;

/** Everything that can happen to a withdrawal; {@link WithdrawalStatus#next} says where each leads. */
enum WithdrawalAction {
    /** First of two approvals (two-step approval on). */
    APPROVE_FIRST_OF_TWO,
    /** The approval that makes the withdrawal executable: the second one, or the only one when single-step. */
    APPROVE_FINAL,
    /** An approver turns it down. */
    REJECT,
    /** The member (through the member app) or the risk engine withdraws it before any approval. */
    CANCEL,
    /** Committed before the gateway is called, so a crash afterwards is found and reconciled. */
    START_EXECUTION,
    RECORD_SUBMITTED,
    RECORD_COMPLETED,
    RECORD_FAILED,
    RECORD_UNKNOWN
}

package com.aeghash.wallet.internal;

/** What an MBlock answer proves about the call (architecture.md, "Calling vendors"). */
public enum MBlockOutcome {
    /** Accepted, with the vendor's result. */
    SUCCEEDED,
    /** Proved not executed: safe to repeat where the operation allows it. */
    FAILED_DEFINITE,
    /** May or may not have executed: never repeated blindly, reconciled instead. */
    UNKNOWN
}

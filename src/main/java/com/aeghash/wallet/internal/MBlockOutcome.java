package com.aeghash.wallet.internal;

/**
 * What a refused or unclear MBlock answer proves about the call (architecture.md, "Calling vendors"); an
 * accepted answer is returned as its result instead.
 */
public enum MBlockOutcome {
    /** Proved not executed: safe to repeat where the operation allows it. */
    FAILED_DEFINITE,
    /** May or may not have executed: never repeated blindly, reconciled instead. */
    UNKNOWN
}

package com.aeghash.mining.internal.hashdam;

/** What one HashDam call did, as far as the caller can prove (see {@link HashDamAnswers}). */
public enum CallOutcome {
    /** The vendor answered {@code code 0}: the call executed. */
    SUCCEEDED,
    /** Proved not executed: safe to send again. */
    FAILED_DEFINITE,
    /** May or may not have executed: never sent again blindly; a write must be looked up first. */
    UNKNOWN
}

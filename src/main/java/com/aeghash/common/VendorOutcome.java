package com.aeghash.common;

/**
 * The verdict on one vendor call, as far as the caller can prove it (each vendor's answer converter decides
 * it, one comment per case). Only {@code FAILED_DEFINITE} allows sending the same call again; {@code UNKNOWN}
 * goes to the reconciler and is never re-sent blindly.
 */
public enum VendorOutcome {
    /** The vendor accepted the call: it executed. */
    SUCCEEDED,
    /** Proved not executed: safe to send again where the operation allows it. */
    FAILED_DEFINITE,
    /** May or may not have executed (timeout, 5xx, connection lost after sending, ...): reconciled, never re-sent. */
    UNKNOWN
}

package com.aeghash.wallet.internal.mblock;

import com.aeghash.common.VendorOutcome;

/**
 * A failed MBlock call, surfaced at once (the client never retries). The subclass says what it proves:
 * {@link MBlockNotExecutedException} (not executed) or {@link MBlockOutcomeUnknownException} (may have executed).
 * Messages name the method and the vendor's error, never a key.
 */
public abstract sealed class MBlockException extends RuntimeException
        permits MBlockNotExecutedException, MBlockOutcomeUnknownException {

    private final MBlockMethod method;
    private final MBlockError error;
    private final String vendorMessage;

    MBlockException(MBlockMethod method, MBlockError error, String vendorMessage, String detail, Throwable cause) {
        super("MBlock " + method.wireName() + ": " + detail, cause);
        this.method = method;
        this.error = error;
        this.vendorMessage = vendorMessage;
    }

    public abstract VendorOutcome outcome();

    public MBlockMethod method() {
        return method;
    }

    /** The contract's error, or {@code null} for transport failures and unrecognised answers. */
    public MBlockError error() {
        return error;
    }

    /** The vendor's {@code message} text, or {@code null} when there was no vendor answer. */
    public String vendorMessage() {
        return vendorMessage;
    }

    public boolean isError(MBlockError candidate) {
        return error == candidate;
    }
}

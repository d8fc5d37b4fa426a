package com.aeghash.wallet.internal.mblock;

import com.aeghash.common.VendorOutcome;

/**
 * The call definitely did not execute. {@code transient} is true when nothing reached the vendor at all
 * (connection refused, connect timeout): only those are worth repeating; a vendor rejection would be
 * answered the same way again.
 */
public final class MBlockNotExecutedException extends MBlockException {

    private final boolean transientFailure;

    MBlockNotExecutedException(
            MBlockMethod method,
            MBlockError error,
            String vendorMessage,
            String detail,
            boolean transientFailure,
            Throwable cause) {
        super(method, error, vendorMessage, detail, cause);
        this.transientFailure = transientFailure;
    }

    @Override
    public VendorOutcome outcome() {
        return VendorOutcome.FAILED_DEFINITE;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}

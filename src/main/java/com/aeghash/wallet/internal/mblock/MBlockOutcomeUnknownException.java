package com.aeghash.wallet.internal.mblock;

import com.aeghash.common.VendorOutcome;

/**
 * The call may have executed (timeout, 5xx, connection lost after sending, error 12, ...). Never repeat
 * it: record the outcome as unknown and reconcile. {@code txid} is kept when the vendor's answer carried one.
 */
public final class MBlockOutcomeUnknownException extends MBlockException {

    private final String txid;

    MBlockOutcomeUnknownException(
            MBlockMethod method, MBlockError error, String vendorMessage, String detail, String txid, Throwable cause) {
        super(method, error, vendorMessage, detail, cause);
        this.txid = txid;
    }

    @Override
    public VendorOutcome outcome() {
        return VendorOutcome.UNKNOWN;
    }

    public String txid() {
        return txid;
    }
}

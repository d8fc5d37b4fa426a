package com.aeghash.wallet.internal;

/**
 * The call may have executed (timeout, 5xx, connection lost after sending, error 12, ...). Never repeat
 * it: record the outcome as unknown and reconcile. {@code txid} is kept when the vendor's answer carried one.
 */
public final class MBlockUnknownOutcome extends MBlockCallException {

    private final String txid;

    MBlockUnknownOutcome(MBlockMethod method, MBlockError error, String vendorMessage, String detail, String txid,
            Throwable cause) {
        super(method, error, vendorMessage, detail, cause);
        this.txid = txid;
    }

    @Override
    public MBlockOutcome outcome() {
        return MBlockOutcome.UNKNOWN;
    }

    public String txid() {
        return txid;
    }
}

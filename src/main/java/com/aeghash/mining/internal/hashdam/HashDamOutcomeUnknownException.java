package com.aeghash.mining.internal.hashdam;

import com.aeghash.common.VendorOutcome;

/** The call may have executed (timeout, 5xx, broken connection, unreadable answer): look it up before resending. */
public final class HashDamOutcomeUnknownException extends HashDamException {

    public HashDamOutcomeUnknownException(String method, String reason, String vendorMessage, Throwable cause) {
        super(method, reason, vendorMessage, cause);
    }

    @Override
    public VendorOutcome outcome() {
        return VendorOutcome.UNKNOWN;
    }
}

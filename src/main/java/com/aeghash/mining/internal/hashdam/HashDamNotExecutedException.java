package com.aeghash.mining.internal.hashdam;

import com.aeghash.common.VendorOutcome;

/** The call definitely did not execute (vendor error text, refused connection): sending it again is safe. */
public final class HashDamNotExecutedException extends HashDamException {

    public HashDamNotExecutedException(String method, String reason, String vendorMessage, Throwable cause) {
        super(method, reason, vendorMessage, cause);
    }

    @Override
    public VendorOutcome outcome() {
        return VendorOutcome.FAILED_DEFINITE;
    }
}

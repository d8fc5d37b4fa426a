package com.aeghash.mining.internal.hashdam;

import com.aeghash.common.VendorOutcome;

/**
 * A HashDam call that did not succeed. The subclass says what is known about its execution:
 * {@link HashDamNotExecutedException} (definitely not executed) or {@link HashDamOutcomeUnknownException}.
 * Messages carry the method, the reason and the vendor's error text, never the API key.
 */
public abstract sealed class HashDamException extends RuntimeException
        permits HashDamNotExecutedException, HashDamOutcomeUnknownException {

    private final String method;
    private final String vendorMessage;

    HashDamException(String method, String reason, String vendorMessage, Throwable cause) {
        super("HashDam " + method + ": " + reason, cause);
        this.method = method;
        this.vendorMessage = vendorMessage;
    }

    public abstract VendorOutcome outcome();

    public String method() {
        return method;
    }

    /** The vendor's {@code message} when it answered an error envelope; null otherwise. */
    public String vendorMessage() {
        return vendorMessage;
    }
}

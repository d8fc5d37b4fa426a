package com.aeghash.mining.internal.procurement;

import com.aeghash.common.VendorOutcome;

/** What one vendor call of a procurement came to: the converter's verdict, the answer when it succeeded, and why. */
record Called<T>(VendorOutcome outcome, T answer, String reason) {

    static <T> Called<T> succeeded(T answer) {
        return new Called<>(VendorOutcome.SUCCEEDED, answer, "ok");
    }

    static <T> Called<T> failedDefinite(String reason) {
        return new Called<>(VendorOutcome.FAILED_DEFINITE, null, reason);
    }

    static <T> Called<T> unknown(String reason) {
        return new Called<>(VendorOutcome.UNKNOWN, null, reason);
    }
}

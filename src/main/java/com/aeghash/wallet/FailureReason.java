package com.aeghash.wallet;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a wallet transaction is {@code failed}; decides how the API reports it. */
public enum FailureReason {
    /** MBlock errors 16/17: the wallet lacks the amount or the gas. The caller can fix it (422). */
    INSUFFICIENT_BALANCE,
    /** MBlock errors 6, 7, 8, 10: bad token, amount, contract or address. The caller can fix it (422). */
    INVALID_REQUEST,
    /** MBlock errors 1-5, 14, 15, 18 and unrecognised rejections: our credentials or setup (502). */
    VENDOR_REJECTED,
    /** Connection refused on every attempt: nothing was sent (502). */
    VENDOR_UNREACHABLE,
    /** The transit callback reported {@code result: false}. */
    TRANSIT_FAILED,
    /** An operator decided the unknown outcome was a failure. */
    OPERATOR_DECISION,
    /**
     * Recorded by {@code Wallets.fenceUnsentTransfer}: the caller gave up on the transfer before it was
     * recorded, so it was never sent, and this row keeps a late attempt under the same reference from sending.
     */
    NEVER_SENT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FailureReason> fromCode(String code) {
        return Arrays.stream(values())
                .filter(reason -> reason.code().equals(code))
                .findFirst();
    }
}

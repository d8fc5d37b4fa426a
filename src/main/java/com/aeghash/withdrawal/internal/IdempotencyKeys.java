package com.aeghash.withdrawal.internal;

import java.util.regex.Pattern;

/** The {@code Idempotency-Key} header: required, 8-100 printable ASCII characters, scoped to the caller. */
final class IdempotencyKeys {

    private static final Pattern SHAPE = Pattern.compile("^[\\x21-\\x7E]{8,100}$");

    private IdempotencyKeys() {
    }

    /** The key, or a 400 {@code idempotency_key_missing}. */
    static String require(String header) {
        if (header == null || !SHAPE.matcher(header).matches()) {
            throw WithdrawalErrors.idempotencyKeyMissing();
        }
        return header;
    }
}

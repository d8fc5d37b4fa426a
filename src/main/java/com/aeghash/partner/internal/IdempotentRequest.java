package com.aeghash.partner.internal;

import com.aeghash.partner.internal.IdempotencyKeyRecord.NewKey;
import java.time.Instant;

/**
 * A partner request under an idempotency key: the partner (the key's scope), the key, the operation and the
 * SHA-256 of operation and canonical payload, and the request path (the {@code instance} of problem answers).
 */
record IdempotentRequest(String partnerId, String idempotencyKey, String operation, String requestHash,
        String path) {

    NewKey newKey(Instant expiresAt) {
        return new NewKey(partnerId, idempotencyKey, operation, requestHash, expiresAt);
    }
}

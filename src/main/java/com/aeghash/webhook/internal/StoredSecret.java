package com.aeghash.webhook.internal;

import java.time.Instant;

/**
 * An endpoint's signing secret as stored: encrypted ({@code config.SecretEncryptor}, bound to the endpoint).
 *
 * @param expiresAt null for the current secret; a rotated-out one signs until then
 */
record StoredSecret(
        long id, long endpointId, String ciphertext, String fingerprint, Instant createdAt, Instant expiresAt) {

    static String encryptionContext(long endpointId) {
        return "webhook-endpoint:" + endpointId;
    }
}

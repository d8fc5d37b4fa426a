package com.aeghash.webhook.internal;

import com.aeghash.common.Hmac;
import com.aeghash.common.Secret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Standard Webhooks signatures: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, keyed with the bytes the
 * secret's base64 (after {@code whsec_}) decodes to; several secrets give several space-separated signatures.
 */
final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new secret: {@code whsec_} and the base64 of 32 random bytes. */
    static Secret newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return Secret.of(SECRET_PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The {@code webhook-signature} header: one {@code v1,...} per secret, space-separated. */
    static String header(List<Secret> secrets, String messageId, long timestampSeconds, String body) {
        return secrets.stream()
                .map(secret -> sign(secret, messageId, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    static String sign(Secret secret, String messageId, long timestampSeconds, String body) {
        byte[] signed = (messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
        return "v1," + Base64.getEncoder().encodeToString(Hmac.sha256(keyOf(secret), signed));
    }

    private static byte[] keyOf(Secret secret) {
        String value = secret.reveal();
        String encoded = value.startsWith(SECRET_PREFIX) ? value.substring(SECRET_PREFIX.length()) : value;
        return Base64.getDecoder().decode(encoded);
    }
}

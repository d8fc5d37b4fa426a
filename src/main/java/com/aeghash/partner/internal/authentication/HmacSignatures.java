package com.aeghash.partner.internal.authentication;

import com.aeghash.common.Hmac;
import com.aeghash.common.Secret;
import com.aeghash.partner.internal.settings.PartnerSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * HMAC-SHA256 signatures of partner calls.
 * <ul>
 *   <li>JSON API: {@code X-AEG-Signature: sha256=<hex>} over {@code timestamp + "\n" + nonce + "\n" + rawBody}
 *       (the body's bytes exactly as sent, empty when there is none);</li>
 *   <li>legacy query API: {@code sig=<hex>} over the canonical query string ({@link LegacyQueryCanonicalizer}).</li>
 * </ul>
 * Hex digits are accepted in either case. The comparison is constant-time.
 */
final class HmacSignatures {

    static final String HEADER_PREFIX = "sha256=";
    private static final int MAC_BYTES = 32;

    /** Which configured secret produced a signature. */
    enum SecretUsed {
        CURRENT,
        PREVIOUS
    }

    private HmacSignatures() {}

    static byte[] headerMessage(String timestamp, String nonce, byte[] body) {
        byte[] head = (timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[head.length + body.length];
        System.arraycopy(head, 0, message, 0, head.length);
        System.arraycopy(body, 0, message, head.length, body.length);
        return message;
    }

    static String hex(Secret secret, byte[] message) {
        return HexFormat.of().formatHex(mac(secret, message));
    }

    /**
     * The secret that produced {@code presentedHex}, or null when neither the current nor the previous
     * secret did (or the text is not 64 hex digits).
     */
    static SecretUsed verify(PartnerSettings partner, byte[] message, String presentedHex) {
        byte[] presented = decode(presentedHex);
        if (presented == null) {
            return null;
        }
        if (MessageDigest.isEqual(mac(partner.secret(), message), presented)) {
            return SecretUsed.CURRENT;
        }
        if (partner.previousSecret() != null
                && MessageDigest.isEqual(mac(partner.previousSecret(), message), presented)) {
            return SecretUsed.PREVIOUS;
        }
        return null;
    }

    private static byte[] decode(String hex) {
        if (hex == null || hex.length() != MAC_BYTES * 2) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    private static byte[] mac(Secret secret, byte[] message) {
        return Hmac.sha256(secret.reveal().getBytes(StandardCharsets.UTF_8), message);
    }
}

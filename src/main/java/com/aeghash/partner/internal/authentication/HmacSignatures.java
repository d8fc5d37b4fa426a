package com.aeghash.partner.internal.authentication;

import com.aeghash.common.Hmac;
import com.aeghash.common.Secret;
import com.aeghash.partner.internal.settings.PartnerSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HMAC-SHA256 signatures of partner calls.
 * <ul>
 *   <li>JSON API, version 2 ({@code X-AEG-Signature-Version: 2}): {@code X-AEG-Signature: sha256=<hex>} over
 *       {@link #version2Message}: six lines naming the scheme, the method, the path with query, the timestamp, the
 *       nonce and the body's SHA-256;</li>
 *   <li>JSON API, version 1 (no version header): the same header over
 *       {@code timestamp + "\n" + nonce + "\n" + rawBody} (the body's bytes exactly as sent, empty when there is
 *       none); it does not cover the method, path or query;</li>
 *   <li>legacy query API: {@code sig=<hex>} over the canonical query string ({@link LegacyQueryCanonicalizer}).</li>
 * </ul>
 * Hex digits are accepted in either case. The comparison is constant-time.
 */
final class HmacSignatures {

    static final String HEADER_PREFIX = "sha256=";
    /** The first line of every version-2 string to sign: names the scheme, so no other signed text can pass as it. */
    static final String VERSION2_TAG = "AEG2-HMAC-SHA256";

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

    /**
     * The string a version-2 call signs, six lines joined by line feeds (no line feed at the end):
     * {@code AEG2-HMAC-SHA256}, the method as sent ({@code POST}), the request target's path and query exactly as
     * sent ({@code /api/aegmall/v1/orders/ORD-1/refund}, plus {@code ?} and the raw query when there is one), the
     * timestamp, the nonce, and the lower-case hex SHA-256 of the body's bytes (of no bytes when there is no body).
     * No line can hold a line feed (method and target cannot; timestamp and nonce are checked before), so the lines
     * cannot be shifted into one another.
     */
    static byte[] version2Message(String method, String pathAndQuery, String timestamp, String nonce, byte[] body) {
        String text = String.join(
                "\n",
                VERSION2_TAG,
                method,
                pathAndQuery,
                timestamp,
                nonce,
                HexFormat.of().formatHex(sha256(body)));
        return text.getBytes(StandardCharsets.UTF_8);
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

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    private static byte[] mac(Secret secret, byte[] message) {
        return Hmac.sha256(secret.reveal().getBytes(StandardCharsets.UTF_8), message);
    }
}

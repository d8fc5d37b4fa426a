package com.aeghash.partner.internal.authentication;

import com.aeghash.common.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signing rules as a partner's client applies them, for the partner API tests outside this package (the
 * rules themselves stay package-private: only the authentication needs them in production).
 */
public final class PartnerSigning {

    public static final String KEY_HEADER = PartnerCallExtractor.KEY_HEADER;
    public static final String TIMESTAMP_HEADER = PartnerCallExtractor.TIMESTAMP_HEADER;
    public static final String NONCE_HEADER = PartnerCallExtractor.NONCE_HEADER;
    public static final String SIGNATURE_HEADER = PartnerCallExtractor.SIGNATURE_HEADER;
    public static final String VERSION_HEADER = "X-AEG-Signature-Version";

    private PartnerSigning() {}

    /** {@code X-AEG-Signature} of a JSON call: {@code sha256=<hex>} over timestamp, nonce and the body bytes. */
    public static String headerSignature(String secret, String timestamp, String nonce, byte[] body) {
        return HmacSignatures.HEADER_PREFIX
                + HmacSignatures.hex(Secret.of(secret), HmacSignatures.headerMessage(timestamp, nonce, body));
    }

    /**
     * {@code X-AEG-Signature} of a version-2 call, computed here with plain JCA as a partner would (not with the
     * service's own code), so the tests check the service against an independent implementation of the scheme.
     */
    public static String version2Signature(
            String secret, String method, String pathAndQuery, String timestamp, String nonce, byte[] body) {
        try {
            String bodyHash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            String toSign = String.join("\n", "AEG2-HMAC-SHA256", method, pathAndQuery, timestamp, nonce, bodyHash);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** {@code sig} of a legacy call: the hex signature over the canonical query of {@code parameters}. */
    public static String querySignature(String secret, Map<String, String> parameters) {
        return HmacSignatures.hex(
                Secret.of(secret),
                LegacyQueryCanonicalizer.canonical(parameters).getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 3986 percent-encoding, as the canonical query writes names and values. */
    public static String encode(String text) {
        return LegacyQueryCanonicalizer.encode(text);
    }
}

package com.aeghash.wallet.internal.transit;

import com.aeghash.common.Hmac;
import com.aeghash.config.SecretEncryptor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The token we put in a transit's callback URL (MBlock signs nothing but keeps the query string):
 * {@code <transaction id>.<base64url HMAC-SHA256(id)>}, keyed by a key derived from the at-rest encryption
 * key (no extra secret to configure). Verification is constant-time and accepts the previous encryption
 * key's derivation during a key rotation.
 */
@Component
class TransitCallbackTokens {

    static final String PURPOSE = "mblock-transit-callback";
    private static final Pattern SHAPE = Pattern.compile("^[0-9]{1,18}\\.[A-Za-z0-9_-]{43}$");
    private final List<byte[]> keys;

    TransitCallbackTokens(SecretEncryptor encryptor) {
        this.keys = encryptor.derivedKeys(PURPOSE);
    }

    String tokenFor(long transactionId) {
        return transactionId + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(keys.get(0), transactionId));
    }

    /** The transaction id the token was issued for, or empty when it is malformed or forged. */
    OptionalLong verify(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return OptionalLong.empty();
        }
        int dot = token.indexOf('.');
        long transactionId = Long.parseLong(token.substring(0, dot));
        byte[] presented = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        boolean matches = false;
        for (byte[] key : keys) {
            // Every key is compared, so the time taken does not depend on which one matched.
            matches |= MessageDigest.isEqual(mac(key, transactionId), presented);
        }
        return matches ? OptionalLong.of(transactionId) : OptionalLong.empty();
    }

    private static byte[] mac(byte[] key, long transactionId) {
        return Hmac.sha256(key, ("transit:" + transactionId).getBytes(StandardCharsets.UTF_8));
    }
}

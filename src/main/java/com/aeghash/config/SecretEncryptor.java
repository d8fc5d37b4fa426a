package com.aeghash.config;

import com.aeghash.common.Hmac;
import com.aeghash.common.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM encryption of secrets stored in the database (wallet keys, the treasury key).
 *
 * <p>Ciphertext format: {@code v1:<key id>:<base64(iv || ciphertext || tag)>}. The key id (a fingerprint
 * of the key) lets a rotated deployment still read rows written under the previous key. The caller's
 * {@code context} (for example {@code wallet:member-1}) is bound in as associated data, so a ciphertext
 * copied onto another row does not decrypt.
 */
public class SecretEncryptor {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    public static final int KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final String currentKeyId;
    private final Map<String, SecretKey> keysById = new LinkedHashMap<>();

    public SecretEncryptor(Secret key, Secret previousKey) {
        this.currentKeyId = register(key);
        if (previousKey != null) {
            register(previousKey);
        }
    }

    /** Decodes a base64 key and checks it is 32 bytes; the message never contains the key. */
    public static byte[] decodeKey(Secret key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.reveal().trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("encryption key is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("encryption key must decode to 32 bytes, got " + bytes.length);
        }
        return bytes;
    }

    private String register(Secret key) {
        String keyId = key.fingerprint().substring("sha256:".length());
        keysById.put(keyId, new SecretKeySpec(decodeKey(key), "AES"));
        return keyId;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public String encrypt(Secret plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keysById.get(currentKeyId), iv, context);
            byte[] sealed = cipher.doFinal(plaintext.reveal().getBytes(StandardCharsets.UTF_8));
            byte[] payload = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, payload, 0, IV_BYTES);
            System.arraycopy(sealed, 0, payload, IV_BYTES, sealed.length);
            return VERSION + ":" + currentKeyId + ":" + Base64.getEncoder().encodeToString(payload);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("encryption failed", failure);
        }
    }

    public Secret decrypt(String ciphertext, String context) {
        String[] parts = ciphertext.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not a v1 ciphertext");
        }
        SecretKey key = keysById.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("ciphertext was written under key " + parts[1]
                    + ", which is neither the current nor the previous encryption key");
        }
        byte[] payload = Base64.getDecoder().decode(parts[2]);
        try {
            byte[] iv = Arrays.copyOfRange(payload, 0, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, iv, context);
            byte[] plain = cipher.doFinal(payload, IV_BYTES, payload.length - IV_BYTES);
            return Secret.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException tamperedOrWrongContext) {
            throw new IllegalStateException("ciphertext does not authenticate for this context");
        }
    }

    /**
     * Keys for another purpose (for example the HMAC of callback tokens), derived from the encryption keys as
     * HMAC-SHA256(encryption key, "aeghash-derived-key:" + purpose): current key's first, then the previous
     * key's, so tokens issued before a rotation still verify while AEGHASH_ENCRYPTION_KEY_PREVIOUS is set.
     * A derived key discloses nothing about the encryption key and needs no variable of its own.
     */
    public List<byte[]> derivedKeys(String purpose) {
        List<byte[]> derived = new ArrayList<>(keysById.size());
        byte[] label = ("aeghash-derived-key:" + purpose).getBytes(StandardCharsets.UTF_8);
        for (SecretKey key : keysById.values()) {
            derived.add(Hmac.sha256(key.getEncoded(), label));
        }
        return derived;
    }

    /** What every ciphertext written under the current key starts with ({@code v1:<key id>:}). */
    public String currentCiphertextPrefix() {
        return VERSION + ":" + currentKeyId + ":";
    }

    /** True while a previous key is configured: values written under it can still be read and re-encrypted. */
    public boolean readsPreviousKey() {
        return keysById.size() > 1;
    }

    /** True when the value was encrypted under an older key and should be re-encrypted. */
    public boolean needsReencryption(String ciphertext) {
        String[] parts = ciphertext.split(":", 3);
        return parts.length == 3 && !currentKeyId.equals(parts[1]);
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}

package com.aeghash.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A secret value (API key, wallet key, webhook URL, password). It masks itself in {@code toString},
 * in JSON and therefore in logs; the plain value is only reachable through {@link #reveal()}, which
 * callers use at the moment they put it on the wire or into the encryptor.
 */
public final class Secret {

    private static final String MASK = "******";
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret cannot be blank");
        }
        return new Secret(value);
    }

    /** A secret, or {@code null} when the text is absent or blank. */
    public static Secret ofNullable(String value) {
        return value == null || value.isBlank() ? null : new Secret(value);
    }

    public String reveal() {
        return value;
    }

    /**
     * A short identifier safe to log and audit: {@code sha256:} plus 8 hex digits of the SHA-256 of
     * the value. Unlike a prefix of the key it discloses none of its characters.
     */
    public String fingerprint() {
        return fingerprintOf(value);
    }

    public static String fingerprintOf(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    /** Constant-time comparison, for checking presented credentials. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    @JsonValue
    @Override
    public String toString() {
        return MASK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.UTF_8), secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }
}

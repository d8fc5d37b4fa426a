package com.aeghash.security.internal.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The form of a service token, {@code aeg_st_<id>_<secret>}: {@code <id>} 10 lower-case letters and digits (the
 * visible prefix {@code aeg_st_<id>} names the token), {@code <secret>} 32 random bytes in URL-safe Base64. Only the
 * SHA-256 of the whole token is stored: the secret has 256 bits, so no salt or slow hash is needed.
 */
public final class ServiceTokenSecrets {

    public static final String PREFIX = "aeg_st_";
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int ID_LENGTH = 10;
    private static final int SECRET_BYTES = 32;
    private static final Pattern FORM = Pattern.compile("^aeg_st_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServiceTokenSecrets() {}

    /** A new token: prefix, then secret. */
    static String newToken() {
        StringBuilder token = new StringBuilder(PREFIX);
        for (int i = 0; i < ID_LENGTH; i++) {
            token.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return token.append('_')
                .append(Base64.getUrlEncoder().withoutPadding().encodeToString(secret))
                .toString();
    }

    /** Whether a bearer credential claims to be a service token (its start), whatever the rest. */
    public static boolean looksLikeServiceToken(String bearer) {
        return bearer.startsWith(PREFIX);
    }

    static boolean wellFormed(String token) {
        return FORM.matcher(token).matches();
    }

    /** The visible prefix of a well-formed token. */
    static String prefixOf(String token) {
        return token.substring(0, PREFIX.length() + ID_LENGTH);
    }

    /** SHA-256 of the token, lower-case hex: what is stored and looked up. */
    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

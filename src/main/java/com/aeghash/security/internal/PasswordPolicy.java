package com.aeghash.security.internal;

import com.aeghash.common.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What an operator password must be, the first administrator's included: at least 12 characters, at most
 * 72 UTF-8 bytes (BCrypt ignores or refuses anything longer), not containing the user name, and made of at
 * least five different characters. Length over composition rules, as NIST SP 800-63B recommends.
 */
final class PasswordPolicy {

    static final int LENGTH_MIN = 12;
    static final int BYTES_MAX = 72;
    static final int DISTINCT_CHARACTERS_MIN = 5;

    private PasswordPolicy() {}

    /** Why the password is refused, or empty when it complies. */
    static Optional<String> violation(String username, Secret password) {
        String text = password == null ? "" : password.reveal();
        if (text.codePointCount(0, text.length()) < LENGTH_MIN) {
            return Optional.of("must be at least " + LENGTH_MIN + " characters");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > BYTES_MAX) {
            return Optional.of("must be at most " + BYTES_MAX + " bytes in UTF-8");
        }
        if (username != null
                && !username.isBlank()
                && text.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the user name");
        }
        if (text.codePoints().distinct().count() < DISTINCT_CHARACTERS_MIN) {
            return Optional.of("must use at least " + DISTINCT_CHARACTERS_MIN + " different characters");
        }
        return Optional.empty();
    }
}

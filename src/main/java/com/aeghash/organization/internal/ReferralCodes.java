package com.aeghash.organization.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Referral codes: eight characters of Crockford's base 32 (digits and capitals without I, L, O and U, so no two
 * characters are mistaken for each other), drawn from {@link SecureRandom}: 40 random bits, nothing derived from the
 * member or the order of registration. Unique by the database's constraint; a draw that hits a taken code is drawn
 * again ({@link OrganizationChangesService}). Codes of members registered before (derived from their member number,
 * same alphabet and length) stay as they are.
 */
final class ReferralCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 8;
    private static final Pattern TYPED = Pattern.compile("^[0-9A-Za-z]{1,16}$");
    private static final RandomGenerator RANDOM = new SecureRandom();

    private ReferralCodes() {}

    static String random() {
        return random(RANDOM);
    }

    static String random(RandomGenerator random) {
        char[] code = new char[LENGTH];
        for (int index = 0; index < LENGTH; index++) {
            code[index] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /**
     * The code a person typed, as stored: upper case, and the letters Crockford's base 32 reads as digits read so
     * ({@code O} as 0, {@code I} and {@code L} as 1); empty when the text cannot be a code at all.
     */
    static Optional<String> typed(String text) {
        if (text == null || !TYPED.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(text.toUpperCase(Locale.ROOT)
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1'));
    }
}

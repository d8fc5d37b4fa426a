package com.aeghash.organization.internal;

/**
 * Referral codes: eight Crockford base-32 characters derived from a member number by a bijection of
 * 40-bit numbers (odd multiplications and xor-shifts, each invertible), so distinct numbers always give
 * distinct codes while consecutive members do not get guessable consecutive codes.
 */
final class ReferralCodes {

    static final long NUMBER_LIMIT = 1L << 40;
    private static final long MASK = NUMBER_LIMIT - 1;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 8;

    private ReferralCodes() {}

    static String of(long memberNumber) {
        if (memberNumber < 0 || memberNumber >= NUMBER_LIMIT) {
            throw new IllegalArgumentException("member number outside 0..2^40: " + memberNumber);
        }
        long scrambled = scramble(memberNumber);
        char[] code = new char[LENGTH];
        for (int index = LENGTH - 1; index >= 0; index--) {
            code[index] = ALPHABET.charAt((int) (scrambled & 31));
            scrambled >>>= 5;
        }
        return new String(code);
    }

    static long scramble(long value) {
        long mixed = value & MASK;
        mixed = (mixed * 0x9E3779B97L) & MASK;
        mixed ^= mixed >>> 19;
        mixed = (mixed * 0x5DEECE66DL) & MASK;
        mixed ^= mixed >>> 17;
        return mixed;
    }
}

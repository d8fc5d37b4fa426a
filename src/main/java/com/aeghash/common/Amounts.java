package com.aeghash.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Money rules shared by every module: {@link BigDecimal} only, columns {@code NUMERIC(38,18)},
 * member-facing amounts rounded <em>down</em> to 8 decimals so a remainder stays with the company
 * and is never created.
 */
public final class Amounts {

    /** Fractional digits accepted from the outside and stored in the database. */
    public static final int STORAGE_SCALE = 18;
    /** Integer digits that fit in NUMERIC(38,18). */
    public static final int INTEGER_DIGITS_MAX = 20;
    /** Scale of points, bonuses and coins credited to members. */
    public static final int MEMBER_SCALE = 8;
    /**
     * What an amount received from the outside looks like, as a JSON string or number and in a query: an optional
     * minus, the integer digits without a leading zero, optionally a point and at least one digit. No plus sign, no
     * leading or trailing point, no exponent, no whitespace, no separators.
     */
    public static final String PLAIN_DECIMAL = "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$";

    private static final Pattern PLAIN_DECIMAL_PATTERN = Pattern.compile(PLAIN_DECIMAL);

    private Amounts() {}

    /** Rounds down (towards zero) to the 8 decimals used for member credits. */
    public static BigDecimal floor8(BigDecimal value) {
        return value.setScale(MEMBER_SCALE, RoundingMode.DOWN);
    }

    /** True when the value fits NUMERIC(38,18) without rounding. */
    public static boolean fitsStorage(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int fractionDigits = Math.max(stripped.scale(), 0);
        int integerDigits = stripped.precision() - stripped.scale();
        return fractionDigits <= STORAGE_SCALE && integerDigits <= INTEGER_DIGITS_MAX;
    }

    /** True when the text is a {@link #PLAIN_DECIMAL}, the only form of an amount this service reads. */
    public static boolean isPlainDecimal(String text) {
        return text != null && PLAIN_DECIMAL_PATTERN.matcher(text).matches();
    }

    /**
     * Parses a {@link #PLAIN_DECIMAL} from a vendor or a client without going through {@code double}.
     *
     * @throws IllegalArgumentException for anything else (blanks, whitespace, signs other than a leading minus,
     *     exponents, NaN) or values outside NUMERIC(38,18)
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("amount is missing");
        }
        if (!isPlainDecimal(text)) {
            throw new IllegalArgumentException("amount is not a plain decimal number");
        }
        BigDecimal value = new BigDecimal(text);
        if (!fitsStorage(value)) {
            throw new IllegalArgumentException("amount has more than 18 decimals or 20 integer digits");
        }
        return value;
    }

    /** Plain (never scientific) notation without trailing zeros, as amounts are shown in the API. */
    public static String format(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** The amount, or a 400 naming the field when it has more decimals than members hold ({@link #MEMBER_SCALE}). */
    public static BigDecimal requireMemberScale(BigDecimal amount, String field) {
        if (Math.max(amount.stripTrailingZeros().scale(), 0) > MEMBER_SCALE) {
            throw ApiException.validation(field, "must have at most " + MEMBER_SCALE + " decimals");
        }
        return amount;
    }
}

package com.aeghash.common;

import java.util.regex.Pattern;

/** The shape of a member id, shared by every module that receives one from the outside. */
public final class MemberIds {

    /** Letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private MemberIds() {}

    public static boolean isValid(String memberId) {
        return memberId != null && COMPILED.matcher(memberId).matches();
    }

    /** Returns the id or throws a 400 {@code validation_failed} naming the field. */
    public static String require(String memberId, String field) {
        if (!isValid(memberId)) {
            throw ApiException.validation(field, "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return memberId;
    }
}

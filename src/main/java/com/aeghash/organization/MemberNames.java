package com.aeghash.organization;

import com.aeghash.common.ApiException;

/** The rule of a member's optional display name: trimmed, 1 to 100 characters, no control characters. */
public final class MemberNames {

    public static final int LENGTH_MAX = 100;

    private MemberNames() {}

    /** Null for no name; otherwise the trimmed name, or a 400 {@code validation_failed} naming {@code field}. */
    public static String normalize(String name, String field) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > LENGTH_MAX) {
            throw ApiException.validation(field, "must be 1-" + LENGTH_MAX + " characters after trimming");
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiException.validation(field, "must not contain control characters");
        }
        return trimmed;
    }
}

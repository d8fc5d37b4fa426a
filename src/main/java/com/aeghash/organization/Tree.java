package com.aeghash.organization;

import com.aeghash.common.ApiException;
import java.util.Locale;

/** The two trees every member sits in: referral (unilevel, any number of children) and sponsor (binary). */
public enum Tree {
    UNILEVEL,
    BINARY;

    /** Parses {@code unilevel} or {@code binary} (any case); a 400 naming the field otherwise. */
    public static Tree fromParameter(String value, String field) {
        if (value != null) {
            for (Tree tree : values()) {
                if (tree.name().equalsIgnoreCase(value.trim())) {
                    return tree;
                }
            }
        }
        throw ApiException.validation(field, "must be binary or unilevel");
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package com.aeghash.console.internal;

/** Form values as the console passes them on: an empty field means "not given". */
final class Text {

    private Text() {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

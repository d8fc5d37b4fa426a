package com.aeghash.common;

/**
 * Text a caller sent (a callback token, an adjustment reason, a partner's header), made fit for one log line.
 * A log reader trusts that each line is one event the service wrote: a CR or LF in request text would start a
 * forged line, other control characters (C0, DEL, C1 such as NEL) and the Unicode line and paragraph separators
 * confuse terminals and log viewers the same way. Each of them is written as a visible escape (backslash and
 * {@code r}, {@code n}, {@code t}, or {@code u} and four hex digits); a backslash is doubled, so an escape in the log
 * always means an escaped character and never text the caller typed. Long text is cut at {@link #LENGTH_MAX} characters.
 *
 * <p>Use it for every request-supplied value a log statement prints:
 * {@code log.warn("rejected token {}", LogText.escape(token))}.
 */
public final class LogText {

    /** Characters of the caller's text kept; the rest is replaced by a count, so one request cannot flood the log. */
    public static final int LENGTH_MAX = 500;

    private LogText() {}

    /** The value's text with every control character escaped; {@code null} stays {@code "null"}. */
    public static String escape(Object value) {
        return escape(value, LENGTH_MAX);
    }

    /** As {@link #escape(Object)}, keeping up to {@code lengthMax} characters (text bounded elsewhere, alerts). */
    public static String escape(Object value, int lengthMax) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        int shown = Math.min(text.length(), lengthMax);
        StringBuilder escaped = new StringBuilder(shown + 16);
        for (int index = 0; index < shown; index++) {
            append(escaped, text.charAt(index));
        }
        if (text.length() > shown) {
            escaped.append("…(").append(text.length() - shown).append(" more characters)");
        }
        return escaped.toString();
    }

    private static void append(StringBuilder escaped, char character) {
        switch (character) {
            case '\\' -> escaped.append("\\\\");
            case '\r' -> escaped.append("\\r");
            case '\n' -> escaped.append("\\n");
            case '\t' -> escaped.append("\\t");
            default -> {
                if (needsEscape(character)) {
                    escaped.append(String.format("\\u%04x", (int) character));
                } else {
                    escaped.append(character);
                }
            }
        }
    }

    /** C0 controls, DEL, C1 controls (NEL among them) and the Unicode line and paragraph separators. */
    static boolean needsEscape(char character) {
        return character < 0x20
                || (character >= 0x7f && character <= 0x9f)
                || character == '\u2028'
                || character == '\u2029';
    }
}

package com.aeghash.notification;

import java.util.Map;
import java.util.Objects;

/**
 * Something an operator must see. {@code fields} carry identifiers (withdrawal id, member id, key
 * fingerprint), never secret values.
 *
 * @param source the module raising it ({@code mining}, {@code wallet}, {@code risk}, ...)
 */
public record Alert(AlertSeverity severity, String source, String title, String text, Map<String, String> fields) {

    public Alert {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        text = text == null ? "" : text;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static Alert warning(String source, String title, String text, Map<String, String> fields) {
        return new Alert(AlertSeverity.WARNING, source, title, text, fields);
    }

    public static Alert critical(String source, String title, String text, Map<String, String> fields) {
        return new Alert(AlertSeverity.CRITICAL, source, title, text, fields);
    }
}

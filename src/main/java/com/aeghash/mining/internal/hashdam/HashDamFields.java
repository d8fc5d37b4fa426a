package com.aeghash.mining.internal.hashdam;

import com.aeghash.common.Amounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields of HashDam data without guessing: required fields must be present, amounts are decimal
 * strings (numbers are accepted too, read as {@link BigDecimal}, never through {@code double}),
 * timestamps are epoch milliseconds, dates are {@code YYYY-MM-DD}. Unknown extra fields are ignored.
 */
final class HashDamFields {

    private HashDamFields() {}

    static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (!node.isObject()) {
            throw new UnreadableDataException(field + " is missing or not an object");
        }
        return node;
    }

    static String text(JsonNode parent, String field) {
        String value = optionalText(parent, field);
        if (value == null) {
            throw new UnreadableDataException(field + " is missing");
        }
        return value;
    }

    static String optionalText(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new UnreadableDataException(field + " is not a value");
        }
        String value = node.asString();
        return value.isBlank() ? null : value;
    }

    static BigDecimal decimal(JsonNode parent, String field) {
        BigDecimal value = optionalDecimal(parent, field);
        if (value == null) {
            throw new UnreadableDataException(field + " is missing");
        }
        return value;
    }

    static BigDecimal optionalDecimal(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            if (node.isNumber()) {
                return Amounts.parse(node.decimalValue().toPlainString());
            }
            if (node.isString()) {
                return Amounts.parse(node.stringValue());
            }
        } catch (IllegalArgumentException malformed) {
            throw new UnreadableDataException(field + ": " + malformed.getMessage());
        }
        throw new UnreadableDataException(field + " is not a decimal");
    }

    static Instant instant(JsonNode parent, String field) {
        Instant value = optionalInstant(parent, field);
        if (value == null) {
            throw new UnreadableDataException(field + " is missing");
        }
        return value;
    }

    static Instant optionalInstant(JsonNode parent, String field) {
        String text = optionalText(parent, field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(text.trim()));
        } catch (NumberFormatException notMillis) {
            throw new UnreadableDataException(field + " is not epoch milliseconds");
        }
    }

    static LocalDate date(JsonNode parent, String field) {
        LocalDate value = optionalDate(parent, field);
        if (value == null) {
            throw new UnreadableDataException(field + " is missing");
        }
        return value;
    }

    static LocalDate optionalDate(JsonNode parent, String field) {
        String text = optionalText(parent, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notIso) {
            throw new UnreadableDataException(field + " is not a YYYY-MM-DD date");
        }
    }

    static int integer(JsonNode parent, String field) {
        long value = wholeNumber(parent, field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new UnreadableDataException(field + " is out of range");
        }
        return (int) value;
    }

    static long wholeNumber(JsonNode parent, String field) {
        String text = text(parent, field);
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notInteger) {
            throw new UnreadableDataException(field + " is not an integer");
        }
    }

    static boolean bool(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        String text = text(parent, field);
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.parseBoolean(text);
        }
        throw new UnreadableDataException(field + " is not a boolean");
    }

    /** A code-0 answer whose data does not have the documented shape. */
    static final class UnreadableDataException extends RuntimeException {
        UnreadableDataException(String message) {
            super(message);
        }
    }
}

package com.aeghash.wallet.internal.mblock;

import com.aeghash.common.Amounts;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * The success body of one MBlock answer, read field by field. A missing or malformed promised field
 * raises {@link Malformed}, which the client classifies as a contract breach ({@link MBlockAnswerConverter}).
 * Unknown extra fields are ignored.
 */
final class MBlockAnswer {

    private final JsonNode body;

    MBlockAnswer(JsonNode body) {
        this.body = body;
    }

    String requiredText(String field) {
        String value = optionalText(field);
        if (value == null || value.isBlank()) {
            throw new Malformed("field '" + field + "' is missing");
        }
        return value;
    }

    String optionalText(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new Malformed("field '" + field + "' is not a string");
        }
        return node.stringValue();
    }

    /** Decimal strings per the contract; a JSON number is tolerated (read as BigDecimal, never as double). */
    BigDecimal requiredAmount(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw new Malformed("field '" + field + "' is missing");
        }
        try {
            if (node.isString()) {
                return Amounts.parse(node.stringValue());
            }
            if (node.isNumber()) {
                return Amounts.parse(node.decimalValue().toPlainString());
            }
        } catch (IllegalArgumentException notAnAmount) {
            throw new Malformed("field '" + field + "' is not a decimal amount");
        }
        throw new Malformed("field '" + field + "' is not a decimal amount");
    }

    JsonNode optionalObject(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new Malformed("field '" + field + "' is not an object");
        }
        return node;
    }

    /** The answer does not follow the contract. */
    static final class Malformed extends RuntimeException {
        Malformed(String detail) {
            super(detail);
        }
    }
}

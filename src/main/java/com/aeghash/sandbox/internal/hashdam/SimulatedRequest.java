package com.aeghash.sandbox.internal.hashdam;

import com.aeghash.common.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/** Reads the fields of a simulated call; a malformed field fails with the vendor's error text. */
final class SimulatedRequest {

    static final String INVALID_AMOUNT = "Invalid amount";
    static final String INVALID_DATE = "Invalid date";
    static final String INVALID_PAGINATION = "Invalid pagination";

    private final JsonNode body;

    SimulatedRequest(JsonNode body) {
        this.body = body;
    }

    String method() {
        return text("method");
    }

    String text(String field) {
        JsonNode node = body.path(field);
        if (!node.isValueNode() || node.isNull()) {
            return null;
        }
        String value = node.asString().trim();
        return value.isEmpty() ? null : value;
    }

    BigDecimal positiveAmount(String field) {
        String text = text(field);
        try {
            BigDecimal amount = Amounts.parse(text);
            if (amount.signum() <= 0) {
                throw new SimulatedError(INVALID_AMOUNT);
            }
            return amount;
        } catch (IllegalArgumentException malformed) {
            throw new SimulatedError(INVALID_AMOUNT);
        }
    }

    LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException malformed) {
            throw new SimulatedError(INVALID_DATE);
        }
    }

    int integer(String field, int fallback, int low, int high) {
        String text = text(field);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < low || value > high) {
                throw new SimulatedError(INVALID_PAGINATION);
            }
            return value;
        } catch (NumberFormatException malformed) {
            throw new SimulatedError(INVALID_PAGINATION);
        }
    }

    boolean bool(String field, boolean fallback) {
        String text = text(field);
        return text == null ? fallback : Boolean.parseBoolean(text);
    }

    /** A refusal the simulated vendor answers as {@code {"code": 1, "message": ...}}. */
    static final class SimulatedError extends RuntimeException {
        SimulatedError(String vendorMessage) {
            super(vendorMessage, null, false, false);
        }
    }
}

package com.aeghash.risk;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The rules the engine evaluates for a withdrawal. */
public enum RiskRule {
    AMOUNT_LIMIT,
    VELOCITY,
    IP_ADDRESS,
    NEW_DEVICE,
    DESTINATION_WHITELIST,
    SALES_CAP;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RiskRule fromWireName(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}

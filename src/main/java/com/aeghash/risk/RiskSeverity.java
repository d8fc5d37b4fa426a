package com.aeghash.risk;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How serious a finding is: {@code info} is only recorded, {@code review} flags, {@code block} cancels. */
public enum RiskSeverity {
    INFO,
    REVIEW,
    BLOCK;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RiskSeverity> fromWireName(String text) {
        return Arrays.stream(values())
                .filter(severity -> severity.wireName().equals(text))
                .findFirst();
    }
}

package com.aeghash.risk;

import java.util.Map;
import java.util.Objects;

/** One rule's verdict; {@code message} is one line an operator can read, {@code attributes} the figures behind it. */
public record RiskFinding(RiskRule rule, RiskSeverity severity, String message, Map<String, String> attributes) {

    public RiskFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}

package com.aeghash.security.internal;

/**
 * The first administrator's password ({@code AEGHASH_ADMIN_PASSWORD}) breaks the operator password rules: start-up
 * stops, and {@link AdminPasswordFailureAnalyzer} says so in one paragraph instead of a stack trace.
 */
class AdminPasswordException extends IllegalStateException {

    private final String rule;

    AdminPasswordException(String rule) {
        super("AEGHASH_ADMIN_PASSWORD " + rule + " (the operator password rules apply)");
        this.rule = rule;
    }

    String rule() {
        return rule;
    }
}

package com.aeghash.security.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a first administrator's password against the rules in one paragraph instead of a stack trace. */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordException cause) {
        return new FailureAnalysis(
                "No administrator exists yet, and the password given for the first one in AEGHASH_ADMIN_PASSWORD "
                        + cause.rule() + ". The operator password rules apply to it too: at least "
                        + PasswordPolicy.LENGTH_MIN + " characters, at most " + PasswordPolicy.BYTES_MAX
                        + " bytes in UTF-8, not containing the administrator's user name, at least "
                        + PasswordPolicy.DISTINCT_CHARACTERS_MIN + " different characters.",
                "Set AEGHASH_ADMIN_PASSWORD to a password that follows these rules (docs/operations.md, 'Operator "
                        + "passwords'), then start again; nothing was created.",
                cause);
    }
}

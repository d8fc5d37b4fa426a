package com.aeghash.sandbox.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the sandbox's refusal as one readable paragraph instead of a stack trace. */
class SandboxConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<SandboxConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SandboxConfigurationException cause) {
        return new FailureAnalysis(
                "The sandbox refuses to start:\n  - " + cause.problem() + "\n",
                "Point DATABASE_URL at a local database, or set " + SandboxDatabaseCheck.ALLOW_VARIABLE
                        + "=true (see docs/modules/sandbox.md), then start again.",
                cause);
    }
}

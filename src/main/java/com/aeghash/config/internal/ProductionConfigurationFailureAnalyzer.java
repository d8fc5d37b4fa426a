package com.aeghash.config.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the prod boot check's findings as one readable list instead of a stack trace. */
class ProductionConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<ProductionConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionConfigurationException cause) {
        StringBuilder description = new StringBuilder("The prod profile refuses to start:\n");
        cause.problems()
                .forEach(problem -> description.append("  - ").append(problem).append('\n'));
        return new FailureAnalysis(
                description.toString(),
                "Set the variables listed above (see docs/operations.md, 'Production configuration'), then start again.",
                cause);
    }
}

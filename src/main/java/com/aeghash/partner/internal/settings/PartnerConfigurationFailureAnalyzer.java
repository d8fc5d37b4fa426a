package com.aeghash.partner.internal.settings;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints unusable partner variables as one readable list instead of a bean-creation stack trace. */
class PartnerConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<PartnerConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PartnerConfigurationException cause) {
        StringBuilder description = new StringBuilder("The AEGMALL partner configuration is unusable:\n");
        cause.problems()
                .forEach(problem -> description.append("  - ").append(problem).append('\n'));
        return new FailureAnalysis(
                description.toString(),
                "Fix the AEGMALL_<PARTNER>_* variables listed above (see docs/modules/partner.md, 'Configuring partners'), "
                        + "then start again.",
                cause);
    }
}

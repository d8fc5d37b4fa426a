package com.aeghash.config.internal;

import java.util.List;

/** The prod profile was started with an unsafe configuration; lists every problem, never a value. */
class ProductionConfigurationException extends IllegalStateException {

    private final List<String> problems;

    ProductionConfigurationException(List<String> problems) {
        super("refusing to start the prod profile: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}

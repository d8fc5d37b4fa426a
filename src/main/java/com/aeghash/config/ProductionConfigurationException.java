package com.aeghash.config;

import java.util.List;

/** The prod profile was started with an unsafe configuration; lists every problem, never a value. */
public class ProductionConfigurationException extends IllegalStateException {

    private final List<String> problems;

    public ProductionConfigurationException(List<String> problems) {
        super("refusing to start the prod profile: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

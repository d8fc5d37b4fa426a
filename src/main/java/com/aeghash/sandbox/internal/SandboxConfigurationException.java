package com.aeghash.sandbox.internal;

/** The sandbox was started with an unsafe configuration (a database on another machine); never holds a secret. */
class SandboxConfigurationException extends IllegalStateException {

    private final String problem;

    SandboxConfigurationException(String problem) {
        super("refusing to start the sandbox: " + problem);
        this.problem = problem;
    }

    String problem() {
        return problem;
    }
}

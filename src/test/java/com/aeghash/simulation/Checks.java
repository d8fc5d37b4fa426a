package com.aeghash.simulation;

/** What every check of the simulation does: fail with the difference it found, or wait a moment before a re-read. */
final class Checks {

    /** Between two reads of something the service completes asynchronously. */
    private static final long PAUSE_MILLIS = 25;

    private Checks() {}

    static void expect(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

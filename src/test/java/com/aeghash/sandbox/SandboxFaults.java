package com.aeghash.sandbox;

import com.aeghash.sandbox.internal.FaultInjector;

/**
 * Clears the simulators' fault plans after a test. Tests set faults the way an operator does, through
 * {@code PUT /sandbox/faults/{vendor}/{method}}; this fixture only puts things back.
 */
public final class SandboxFaults {

    private final FaultInjector faults;

    SandboxFaults(FaultInjector faults) {
        this.faults = faults;
    }

    /** Removes the plan of one method, e.g. {@code clear(MBlockSandbox.VENDOR, "transferByWalletKey")}. */
    public void clear(String vendor, String method) {
        faults.clear(vendor, method);
    }

    public void clearAll() {
        faults.clearAll();
    }
}

package com.aeghash.withdrawal.internal;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/**
 * Test seam for the scheduled withdrawal reconciler: one pass of {@link WithdrawalReconciler#reconcileDue(Instant)}
 * in a running application, without its schedule lock (the simulation drives the passes itself, at its own time).
 */
public final class WithdrawalReconcilerPass {

    private WithdrawalReconcilerPass() {}

    /** Runs one pass at {@code now}; returns how many withdrawals were looked up. */
    public static int run(ApplicationContext application, Instant now) {
        return application.getBean(WithdrawalReconciler.class).reconcileDue(now);
    }
}

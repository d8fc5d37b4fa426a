package com.aeghash.bonus.internal;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.LifecycleState;

/** Lifecycle of a closing run: RUNNING while chunks remain (a crashed run resumes), then COMPLETED for good. */
enum ClosingStatus implements LifecycleState<ClosingStatus> {
    RUNNING,
    COMPLETED;

    private static final Lifecycle<ClosingStatus, Lifecycle.NoAction> LIFECYCLE = Lifecycle.of(
                    "closing", ClosingStatus.class)
            .allow(RUNNING, COMPLETED)
            .build();

    @Override
    public Lifecycle<ClosingStatus, Lifecycle.NoAction> lifecycle() {
        return LIFECYCLE;
    }
}

package com.aeghash.bonus.internal;

import com.aeghash.common.Lifecycle;

/** Lifecycle of a closing run: RUNNING while chunks remain (a crashed run resumes), then COMPLETED for good. */
enum ClosingStatus {
    RUNNING,
    COMPLETED;

    private static final Lifecycle<ClosingStatus, Lifecycle.NoAction> LIFECYCLE = Lifecycle.of(
                    "closing", ClosingStatus.class)
            .allow(RUNNING, COMPLETED)
            .build();

    public boolean canMoveTo(ClosingStatus next) {
        return LIFECYCLE.canMove(this, next);
    }

    /** Returns {@code next}, or throws {@link IllegalStateException} when the table does not allow the move. */
    public ClosingStatus moveTo(ClosingStatus next) {
        return LIFECYCLE.requireMove(this, next);
    }

    public boolean isFinal() {
        return LIFECYCLE.isFinal(this);
    }
}

package com.aeghash.security;

import com.aeghash.common.Lifecycle;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a change of an operator's access stands: asked by one administrator ({@code PENDING}), then confirmed by
 * another (it took effect in that transaction) or rejected. Both decisions are final.
 */
public enum OperatorChangeState {
    PENDING,
    CONFIRMED,
    REJECTED;

    private static final Lifecycle<OperatorChangeState, Lifecycle.NoAction> LIFECYCLE = Lifecycle.of(
                    "operator change", OperatorChangeState.class)
            .startsIn(PENDING)
            .allow(PENDING, CONFIRMED, REJECTED)
            .build();

    public boolean canMoveTo(OperatorChangeState next) {
        return LIFECYCLE.canMove(this, next);
    }

    /** Returns {@code next}, or throws {@link IllegalStateException} when the table does not allow the move. */
    public OperatorChangeState moveTo(OperatorChangeState next) {
        return LIFECYCLE.requireMove(this, next);
    }

    public boolean isFinal() {
        return LIFECYCLE.isFinal(this);
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

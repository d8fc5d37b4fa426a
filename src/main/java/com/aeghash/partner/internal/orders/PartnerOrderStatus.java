package com.aeghash.partner.internal.orders;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.Lifecycle.NoAction;

/**
 * Lifecycle of a partner order: stored {@code PAID} (bonuses distributed in the same transaction), then possibly
 * {@code REFUNDED} (the bonus engine cancels its pending entries at the next closing). Nothing else.
 */
enum PartnerOrderStatus {
    PAID,
    REFUNDED;

    private static final Lifecycle<PartnerOrderStatus, NoAction> LIFECYCLE = Lifecycle.of(
                    "partner order", PartnerOrderStatus.class)
            .startsIn(PAID)
            .allow(PAID, REFUNDED)
            .build();

    boolean canMoveTo(PartnerOrderStatus next) {
        return LIFECYCLE.canMove(this, next);
    }

    /** Asserts a transition before it is written; a violation is a bug, never a client error. */
    PartnerOrderStatus moveTo(PartnerOrderStatus next) {
        return LIFECYCLE.requireMove(this, next);
    }

    boolean isFinal() {
        return LIFECYCLE.isFinal(this);
    }
}

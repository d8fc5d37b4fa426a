package com.aeghash.partner.internal.orders;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.Lifecycle.NoAction;
import com.aeghash.common.LifecycleState;

/**
 * Lifecycle of a partner order: stored {@code PAID} (bonuses distributed in the same transaction), then possibly
 * {@code REFUNDED} (the bonus engine cancels its pending entries at the next closing). Nothing else.
 */
enum PartnerOrderStatus implements LifecycleState<PartnerOrderStatus> {
    PAID,
    REFUNDED;

    private static final Lifecycle<PartnerOrderStatus, NoAction> LIFECYCLE = Lifecycle.of(
                    "partner order", PartnerOrderStatus.class)
            .startsIn(PAID)
            .allow(PAID, REFUNDED)
            .build();

    @Override
    public Lifecycle<PartnerOrderStatus, NoAction> lifecycle() {
        return LIFECYCLE;
    }
}

package com.aeghash.partner.internal.orders;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Lifecycle of a partner order: stored {@code PAID} (bonuses distributed in the same transaction), then possibly
 * {@code REFUNDED} (the bonus engine cancels its pending entries at the next closing). Nothing else.
 */
enum PartnerOrderStatus {
    PAID, REFUNDED;

    private static final Map<PartnerOrderStatus, Set<PartnerOrderStatus>> ALLOWED = Map.of(
            PAID, EnumSet.of(REFUNDED),
            REFUNDED, EnumSet.noneOf(PartnerOrderStatus.class));

    boolean canMoveTo(PartnerOrderStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    void requireMoveTo(PartnerOrderStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("partner order cannot move from " + this + " to " + next);
        }
    }
}

package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order whose payment is confirmed, as the bonus engine needs it.
 *
 * @param orderReference unique across partners, e.g. {@code aegmall:ORD-1001}
 * @param buyerMemberId  a registered member
 * @param pvAmount       the order's point value (bonuses are computed from PV), positive
 * @param paidAt         when it was paid (the closing's refund delay counts from here)
 * @param planShares     how the PV splits over bonus plans: one share per plan, together {@code pvAmount}; an
 *                       order without products is one share of the {@link BonusPlans#DEFAULT} plan
 */
public record PaidOrder(
        String orderReference, String buyerMemberId, BigDecimal pvAmount, Instant paidAt, List<PlanShare> planShares) {

    public PaidOrder {
        planShares = planShares == null ? null : List.copyOf(planShares);
    }

    /** An order paying its whole PV by the default plan (an order without product lines). */
    public PaidOrder(String orderReference, String buyerMemberId, BigDecimal pvAmount, Instant paidAt) {
        this(
                orderReference,
                buyerMemberId,
                pvAmount,
                paidAt,
                pvAmount == null ? null : List.of(new PlanShare(BonusPlans.DEFAULT, pvAmount)));
    }

    /** The part of an order's PV paid by one plan. */
    public record PlanShare(String plan, BigDecimal pvAmount) {

        public PlanShare {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(pvAmount, "pvAmount");
        }
    }
}

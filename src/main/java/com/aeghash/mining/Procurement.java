package com.aeghash.mining;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A procurement of hash power at HashDam as operators see it.
 *
 * @param creditAmount   the hash credit asked for (sent as {@code hashCreditCharge}'s amount)
 * @param paymentAmount  what HashDam asked to be paid, in {@code coin}, to {@code depositAddress}
 * @param credit         the hash credit HashDam credited after the payment
 * @param power          the hash power (MH/s) the swap bought
 * @param phaseStartedAt when the latest vendor call (charge, payment or swap) was about to be sent
 * @param needsOperator  the reconciler ran out of checks on an unknown outcome: an operator must look at it
 * @param steps          every state it went through, oldest first (empty in lists)
 */
public record Procurement(
        long id,
        BigDecimal creditAmount,
        ProcurementStatus status,
        String requestedBy,
        String reason,
        Long approvalRequestId,
        String approvedBy,
        String chargeId,
        String depositAddress,
        BigDecimal paymentAmount,
        BigDecimal price,
        String coin,
        String paymentTxid,
        BigDecimal credit,
        String swapId,
        BigDecimal power,
        Instant phaseStartedAt,
        int checks,
        Instant nextCheckAt,
        boolean needsOperator,
        String failureReason,
        Instant createdAt,
        Instant updatedAt,
        List<Step> steps) {

    public Procurement {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** One state the procurement went through: when, caused by whom (an operator or a job), and what was learnt. */
    public record Step(ProcurementStatus status, String actor, String detail, Instant recordedAt) {}
}

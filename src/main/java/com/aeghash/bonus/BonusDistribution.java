package com.aeghash.bonus;

import java.time.Instant;

/** The bonus engine's API for order sources (the AEGMALL partner API). Both methods join the caller's transaction. */
public interface BonusDistribution {

    /**
     * Creates the pending bonus entries of a paid order for every paid level of every rule and posts them to
     * the beneficiaries' ledger {@code pending} POINT buckets. Calling it again for the same order reference
     * creates nothing and returns the first distribution with {@code replayed = true}.
     *
     * @throws com.aeghash.common.ApiException 422 {@code unknown_member} when the buyer is not registered
     */
    OrderDistribution distribute(PaidOrder order);

    /**
     * Records that the order was refunded; its pending entries are cancelled and reversed by the next closing, its
     * confirmed entries are clawed back now (from the beneficiaries' available POINT, the rest as their bonus debt).
     * Idempotent: a refunded order changes nothing.
     *
     * @throws com.aeghash.common.ApiException 404 {@code not_found} when the order was never distributed, 422
     *     {@code refund_window_closed} when {@code refundedAt} is past the refund window ({@link BonusRefundWindow})
     */
    void markRefunded(String orderReference, Instant refundedAt);
}

package com.aeghash.bonus;

import java.time.Duration;
import java.time.Instant;

/**
 * How long after its payment an order may be refunded ({@code aeghash.bonus.refund-window-days}, 60): order sources
 * check it before they change anything, and {@link BonusDistribution#markRefunded} applies it too.
 */
public interface BonusRefundWindow {

    Duration window();

    /**
     * Nothing when a refund at {@code refundedAt} of an order paid at {@code paidAt} is within the window.
     *
     * @throws com.aeghash.common.ApiException 422 {@code refund_window_closed} otherwise
     */
    void requireOpen(Instant paidAt, Instant refundedAt);
}

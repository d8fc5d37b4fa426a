package com.aeghash.withdrawal;

/**
 * Entry point for payout results that arrive on their own (a vendor callback, or an event of another module
 * such as the mining module's withdrawal completed/failed events carrying the payout reference).
 */
public interface PayoutSettlements {

    /**
     * Applies the vendor's verdict to the withdrawal when it is strictly better than what is recorded
     * ({@code executing} &lt; {@code unknown} &lt; {@code submitted} &lt; {@code completed}/{@code failed});
     * anything else is ignored, so repeated or late deliveries are harmless. A verdict contradicting a final
     * state (failed after completed, or the reverse) changes nothing and raises a critical alert. Joins the
     * caller's transaction when there is one.
     *
     * @return true when the withdrawal changed
     * @throws IllegalArgumentException when the reference is not a payout reference ({@code withdrawal:{id}})
     */
    boolean onPayoutSettled(String payoutReference, PayoutOutcome outcome);
}

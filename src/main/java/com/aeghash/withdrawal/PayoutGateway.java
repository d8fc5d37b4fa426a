package com.aeghash.withdrawal;

import com.aeghash.ledger.Asset;

/**
 * The port through which approved withdrawals leave the platform; one implementation per asset family
 * (POINT: MBlock token transfer from the treasury wallet; coins: HashDam withdrawal primitive). The
 * withdrawal module guarantees, by its state machine under row locks, that {@link #execute} is called at
 * most once per payout reference, with no database transaction open, and never again after an
 * {@code UNKNOWN}: it asks {@link #reconcile} instead.
 *
 * <p>What an implementation must do:
 * <ul>
 *   <li>Convert every vendor answer to exactly one {@link PayoutOutcome} kind. {@code FAILED_DEFINITE} only
 *       when the payout provably did not happen and cannot happen later (the hold goes back to the member);
 *       a timeout, 5xx, reset after sending, or any doubt is {@code UNKNOWN}. Throwing counts as
 *       {@code UNKNOWN}.</li>
 *   <li>Apply its own retry policy (for example resilience4j, 3 attempts) only to failures proving the
 *       request was not accepted, and look the payout up before giving up after a timeout.</li>
 *   <li>Finish within {@code aeghash.withdrawal.execution.call-timeout} (its own HTTP timeouts shorter);
 *       after that the call is abandoned as {@code UNKNOWN}.</li>
 *   <li>Leave the ledger alone, or post only the entries of {@link PayoutReferences} with identical lines.</li>
 *   <li>Report later settlement either through {@link #reconcile} or by calling
 *       {@link PayoutSettlements#onPayoutSettled} when the vendor's completion arrives.</li>
 * </ul>
 */
public interface PayoutGateway {

    /** Whether this gateway pays out the asset. At most one gateway may handle each asset. */
    boolean handles(Asset asset);

    /**
     * Checked when a withdrawal is requested, before anything is written: refuses, with an
     * {@link com.aeghash.common.ApiException} (422 naming the field), a payout this gateway could never make,
     * such as an external destination the vendor cannot send to, or no default destination for the member. A
     * request that passes may still fail at execution. The default accepts every request.
     *
     * @param destination the normalised external address, or null for the default destination
     */
    default void checkDestination(String memberId, Asset asset, String destination) {}

    /** Executes the payout once; see the class comment for the outcome to return. */
    PayoutOutcome execute(PayoutCommand command);

    /**
     * The vendor's current truth about the payout (never sends it again). {@code UNKNOWN} when the vendor cannot
     * tell yet; {@code FAILED_DEFINITE} when the vendor reports it failed or cancelled, or when the adapter can
     * prove it was never sent and never will be. The absence of a record of the request is not proof on its own:
     * an {@link #execute} call the withdrawal module abandoned may still be stalled before recording its intent.
     * So the adapter first fences the reference in its own log (a record saying "never sent", which a late
     * {@code execute} finds instead of sending) and returns the outcome of whatever record is then there.
     */
    PayoutOutcome reconcile(PayoutCommand command);
}

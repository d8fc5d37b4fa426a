package com.aeghash.withdrawal.internal;

/** How the sandbox's simulated payout gateway answers the next payouts. */
public enum SimulatedPayoutBehaviour {
    /** Paid at once: {@code completed}. */
    COMPLETE,
    /** Accepted ({@code submitted}); the simulated vendor reports completion a few seconds later. */
    SUBMIT,
    /** Refused: {@code failed}, the hold goes back to the member, an alert is raised. */
    FAIL,
    /** Paid, but the answer is lost: {@code unknown} until the reconciler asks and learns it completed. */
    LOSE_RESPONSE
}

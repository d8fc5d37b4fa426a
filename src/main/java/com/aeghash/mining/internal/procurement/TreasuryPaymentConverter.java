package com.aeghash.mining.internal.procurement;

import com.aeghash.wallet.WalletTransaction;

/**
 * The one converter of the treasury's payment at MBlock: the transfer as the wallet module recorded it (it already
 * turned MBlock's answer into one of its states) as a {@link Called} verdict, one case per state.
 */
final class TreasuryPaymentConverter {

    private TreasuryPaymentConverter() {}

    static Called<WalletTransaction> of(WalletTransaction transfer) {
        return switch (transfer.status()) {
            // MBlock executed the transfer and answered its txid (or the wallet reconciler matched its receipt).
            case SUBMITTED -> Called.succeeded(transfer);
            // Proved not executed: refused by MBlock, never sent (fenced), or decided failed by operators.
            case FAILED ->
                Called.failedDefinite("payment failed: "
                        + (transfer.failureMessage() == null ? "MBlock did not execute it" : transfer.failureMessage())
                        + " (wallet transaction " + transfer.id() + ")");
            // Timeout, 5xx, or another call still sending it: the wallet reconciler decides; we never send again.
            case UNKNOWN, SUBMITTING ->
                Called.unknown("payment outcome unknown (wallet transaction " + transfer.id() + ", "
                        + transfer.status().code() + ")");
            // Transit states never belong to a transfer: nothing can be concluded from them.
            case PENDING_TRANSIT, CONFIRMED ->
                Called.unknown("wallet transaction " + transfer.id() + " is "
                        + transfer.status().code());
        };
    }
}

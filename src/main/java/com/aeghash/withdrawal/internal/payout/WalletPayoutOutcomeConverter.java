package com.aeghash.withdrawal.internal.payout;

import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.withdrawal.PayoutOutcome;

/**
 * The converter of the MBlock payout: the treasury's transfer as the wallet module recorded it (it already
 * turned MBlock's answer into one of its states) as a {@link PayoutOutcome}, one case per state.
 */
final class WalletPayoutOutcomeConverter {

    private WalletPayoutOutcomeConverter() {}

    /** The outcome of the payout's own send. */
    static PayoutOutcome ofSend(WalletTransaction transfer) {
        return switch (transfer.status()) {
            // Recorded, MBlock's answer not: another call is sending it or the process stopped; the wallet reconciler
            // turns a stale row unknown and checks it.
            case SUBMITTING ->
                PayoutOutcome.unknown("MBlock's answer to transfer " + transfer.id() + " is not recorded yet");
            // MBlock executed it and answered its txid: submitted; the settlement the wallet module announces
            // (WalletTransferSettled) completes it. Without a txid it can only be an operator's decision.
            case SUBMITTED ->
                transfer.txid() == null ? PayoutOutcome.completed(null) : PayoutOutcome.submitted(transfer.txid());
            // Proven not executed: refused by MBlock (treasury balance, gas, token, address, credentials), never
            // reached it, or decided failed by an operator.
            case FAILED -> PayoutOutcome.failedDefinite(failureOf(transfer));
            // Error 12, a timeout, a 5xx or a connection lost after sending: it may have executed. The wallet
            // reconciler checks the receipt of a known txid; an operator attaches a txid or decides.
            case UNKNOWN ->
                PayoutOutcome.unknown(textOr(transfer.failureMessage(), "MBlock's answer is unclear")
                        + " (wallet transaction " + transfer.id() + ")");
            // Transit states: the wallet module never gives them to a transfer; nothing is concluded from them.
            case PENDING_TRANSIT, CONFIRMED ->
                PayoutOutcome.unknown("wallet transaction " + transfer.id() + " is a "
                        + transfer.status().code() + ", not a transfer");
        };
    }

    /**
     * What is known now (reconciliation). A transfer ends {@code submitted} only with MBlock's txid, which MBlock
     * answers once the transfer's receipt exists, or after the wallet reconciler matched the receipt (sender,
     * recipient, amount), or by an operator's decision: for a transfer that is settled, so the payout completed.
     */
    static PayoutOutcome ofRecord(WalletTransaction transfer) {
        PayoutOutcome known = transfer.status() == WalletTransactionStatus.SUBMITTED
                ? PayoutOutcome.completed(transfer.txid())
                : ofSend(transfer);
        return known.decidedBy(transfer.operatorDecision());
    }

    static String failureOf(WalletTransaction transfer) {
        if (transfer.failureReason() == FailureReason.OPERATOR_DECISION) {
            return "MBlock transfer " + transfer.id() + " decided failed by an operator: "
                    + textOr(transfer.resolutionNote(), "no note");
        }
        String reason = transfer.failureReason() == null
                ? "failed"
                : transfer.failureReason().code();
        return reason + ": " + textOr(transfer.failureMessage(), "MBlock did not execute it") + " (wallet transaction "
                + transfer.id() + ")";
    }

    private static String textOr(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}

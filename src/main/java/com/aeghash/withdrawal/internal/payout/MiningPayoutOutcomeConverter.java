package com.aeghash.withdrawal.internal.payout;

import com.aeghash.approval.OperatorDecision;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.withdrawal.PayoutOutcome;

/**
 * The converter of the HashDam payout: what the mining withdrawal primitive recorded (it already turned every
 * HashDam answer into one of its states) as a {@link PayoutOutcome}, one case per state.
 */
final class MiningPayoutOutcomeConverter {

    private MiningPayoutOutcomeConverter() {}

    static PayoutOutcome of(MiningWithdrawalRecord withdrawal) {
        String reference = withdrawal.payoutReference();
        return switch (withdrawal.status()) {
            // Intent and hold committed, HashDam's answer not recorded (a call in flight, or a crash): the
            // primitive's reconciler takes a stale row as a lost answer and searches HashDam's history.
            case SUBMITTING -> PayoutOutcome.unknown("HashDam's answer to " + reference + " is not recorded yet");
            // HashDam accepted it under a withdrawId and has not finished it: the money is on its way.
            case SUBMITTED ->
                withdrawal.withdrawId() == null
                        ? PayoutOutcome.unknown("HashDam accepted " + reference + " but its withdrawId is not known")
                        : PayoutOutcome.submitted(withdrawal.withdrawId());
            // HashDam reports it completed; the primitive moved the hold to payout clearing.
            case COMPLETED -> PayoutOutcome.completed(withdrawal.withdrawId());
            // Proven not executed (definite refusals after the retries), reported failed or canceled by HashDam,
            // or declared failed by operators (named with it); the primitive released the hold.
            case FAILED ->
                PayoutOutcome.failedDefinite(
                                "mining withdrawal failed: " + textOr(withdrawal.failureReason(), "no reason recorded"))
                        .decidedBy(
                                withdrawal.decidedBy() == null
                                        ? null
                                        : new OperatorDecision(
                                                withdrawal.decidedBy(), withdrawal.approvedBy(), null, null));
            // It may exist at HashDam: the primitive searches the history on its schedule, then an operator decides.
            case UNKNOWN ->
                PayoutOutcome.unknown("mining withdrawal unknown: "
                        + textOr(withdrawal.failureReason(), "HashDam's answer is unclear")
                        + (withdrawal.nextCheckAt() == null
                                ? "; an operator must decide it (mining withdrawal resolution)"
                                : ""));
        };
    }

    private static String textOr(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}

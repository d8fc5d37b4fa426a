package com.aeghash.wallet;

import com.aeghash.approval.OperatorDecision;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A transfer or transit as the API shows it. It carries no wallet key and no callback token.
 *
 * @param memberId       the member whose wallet sent it, {@code null} for a provided key (treasury)
 * @param source         whose wallet sent it: {@code member:<id>} or the label of a provided key
 * @param actor          who asked for it: the member app's account, or the module paying from a key it holds
 * @param amount         {@code null} for a transit of the whole token balance
 * @param txid           the transfer's hash
 * @param transitToken   the vendor's identifier of a transit
 * @param needsOperator  the reconciler has run out of checks: an operator must decide the outcome
 * @param checkNote      what the reconciler's last check found
 * @param resolvedBy     the operator who decided an unknown outcome (the maker, when a second one approved it)
 * @param approvedBy     the second operator who approved that decision; null when the chain's word backed one
 * @param resolutionNote the operator's note when an operator decided the outcome
 */
public record WalletTransaction(
        long id,
        String reference,
        WalletTransactionKind kind,
        WalletTransactionStatus status,
        String memberId,
        String source,
        String actor,
        String fromAddress,
        String to,
        String contract,
        BigDecimal amount,
        String txid,
        String transitToken,
        String txidFee,
        String txidToken,
        FailureReason failureReason,
        String failureMessage,
        boolean needsOperator,
        String checkNote,
        String resolvedBy,
        String approvedBy,
        String resolutionNote,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * The operators who decided the outcome, or null when MBlock's own answer settled it. A decision one operator took
     * on the chain's word keeps that word in the check note.
     */
    public OperatorDecision operatorDecision() {
        return resolvedBy == null
                ? null
                : new OperatorDecision(resolvedBy, approvedBy, null, approvedBy == null ? checkNote : null);
    }
}

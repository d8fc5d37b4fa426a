package com.aeghash.wallet;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A transfer or transit as the API shows it. It carries no wallet key and no callback token.
 *
 * @param memberId       the member whose wallet sent it, {@code null} for a provided key (treasury)
 * @param source         who sent it: {@code member:<id>} or the label of a provided key
 * @param amount         {@code null} for a transit of the whole token balance
 * @param txid           the transfer's hash
 * @param transitToken   the vendor's identifier of a transit
 * @param needsOperator  the reconciler has run out of checks: an operator must decide the outcome
 * @param checkNote      what the reconciler's last check found
 * @param resolutionNote the operator's note when an operator decided the outcome
 */
public record WalletTransaction(
        long id,
        String reference,
        WalletTransactionKind kind,
        WalletTransactionStatus status,
        String memberId,
        String source,
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
        String resolutionNote,
        Instant createdAt,
        Instant updatedAt) {}

package com.aeghash.wallet.internal.transactions;

import com.aeghash.common.ApiException;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * How a transfer or transit reaches the API caller: {@code submitted} is 201; {@code pending-transit},
 * {@code confirmed} and {@code unknown} are 202 (the body says which; an unknown outcome is never a
 * failure, since it may have executed); {@code failed} (recorded, nothing was sent) is a problem: 422 when
 * the caller can fix it (balance, address, token), 502 when MBlock refused us (credentials, setup).
 */
public final class TransactionResponses {

    private TransactionResponses() {}

    public static ResponseEntity<WalletTransaction> of(WalletTransaction transaction) {
        if (transaction.status() == WalletTransactionStatus.FAILED) {
            throw failed(transaction);
        }
        HttpStatus status =
                transaction.status() == WalletTransactionStatus.SUBMITTED ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(transaction);
    }

    static ApiException failed(WalletTransaction transaction) {
        FailureReason reason = transaction.failureReason();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("transactionId", transaction.id());
        properties.put("transactionStatus", transaction.status().code());
        properties.put("failureReason", reason == null ? null : reason.code());
        if (reason == FailureReason.INSUFFICIENT_BALANCE) {
            return new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "wallet_insufficient_balance",
                    null,
                    transaction.failureMessage(),
                    properties);
        }
        if (reason == FailureReason.INVALID_REQUEST) {
            return new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "wallet_transaction_rejected",
                    null,
                    transaction.failureMessage(),
                    properties);
        }
        return new ApiException(
                HttpStatus.BAD_GATEWAY, "mblock_failed", null, transaction.failureMessage(), properties);
    }
}

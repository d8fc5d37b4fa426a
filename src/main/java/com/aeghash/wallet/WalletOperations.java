package com.aeghash.wallet;

import java.util.List;

/** Operator work on wallet transactions whose outcome the reconciler could not establish. */
public interface WalletOperations {

    /** Transactions in status {@code unknown}, oldest first, at most {@code limit} (capped at 100). */
    List<WalletTransaction> unknownTransactions(int limit);

    /**
     * Records a txid an operator found on the chain explorer for an unknown transfer; the reconciler then
     * verifies it with MBlock's receipt (sender, recipient and amount must match) at its next run.
     */
    WalletTransaction attachCandidateTxid(long transactionId, String txid, String actor);

    /** Decides the outcome of an unknown transaction; audited. */
    WalletTransaction resolve(long transactionId, Resolution resolution, String actor);
}

package com.aeghash.wallet;

import com.aeghash.approval.DoneOrAwaiting;
import java.util.List;

/**
 * Operator work on wallet transactions whose outcome the reconciler could not establish. No single operator's word
 * settles one: a txid or a success is accepted when the chain's receipt confirms it; a failure when MBlock found no
 * receipt of the transfer's txid in every check ({@code aeghash.wallet.receipt-not-found-checks}) and once more now;
 * anything else becomes a four-eyes request ({@code wallet.transaction_decision}) a second operator decides.
 */
public interface WalletOperations {

    /** Transactions in status {@code unknown}, oldest first, at most {@code limit} (capped at 100). */
    List<WalletTransaction> unknownTransactions(int limit);

    /**
     * Unknown transactions with an id above {@code afterId}, oldest first, at most {@code limit} (capped one above
     * {@code aeghash.wallet.list-limit-max}, so a page can tell whether another follows).
     */
    List<WalletTransaction> unknownTransactionsAfter(long afterId, int limit);

    /**
     * Attaches a txid an operator found on the chain explorer for an unknown transfer, once MBlock's receipt of it
     * matches the transfer (recipient, amount, sender): the transfer is then settled ({@code submitted}) at once.
     *
     * @throws com.aeghash.common.ApiException 422 {@code txid_not_confirmed} when the receipt is missing or differs
     *         (nothing is written); 409 {@code transaction_not_unknown}, {@code not_a_transfer}
     */
    WalletTransaction attachCandidateTxid(long transactionId, String txid, String actor);

    /**
     * Decides the outcome of an unknown transaction (audited): at once when the chain backs the decision, else
     * filed for a second operator (the transaction stays unknown meanwhile).
     *
     * @throws com.aeghash.common.ApiException 422 {@code txid_not_confirmed} for a success whose txid the chain does
     *         not confirm; 409 {@code transaction_not_unknown}, {@code approval_request_exists}
     */
    DoneOrAwaiting<WalletTransaction> resolve(long transactionId, Resolution resolution, String actor);
}

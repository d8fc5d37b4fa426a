package com.aeghash.wallet.internal.reconciliation;

import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.internal.WalletInputs;
import com.aeghash.wallet.internal.mblock.MBlockClient;
import com.aeghash.wallet.internal.mblock.MBlockError;
import com.aeghash.wallet.internal.mblock.MBlockException;
import com.aeghash.wallet.internal.mblock.MBlockReceipt;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import org.springframework.stereotype.Component;

/**
 * The questions to MBlock about one unknown transaction (reads only, outside any transaction), asked by the
 * reconciler and before an operator's txid or decision is accepted.
 */
@Component
class UnknownTransactionChecks {

    private final MBlockClient client;

    UnknownTransactionChecks(MBlockClient client) {
        this.client = client;
    }

    Finding investigate(TransactionRecord row) {
        if (row.kind() == WalletTransactionKind.TRANSIT) {
            return Finding.inconclusive("waiting for the transit callback; " + balanceObservation(row));
        }
        if (row.txid() == null) {
            return Finding.inconclusive("no txid is known, so MBlock cannot be asked; attach one found on the "
                    + "chain explorer or decide");
        }
        return verify(row, row.txid());
    }

    /**
     * Whether the chain shows {@code txid} as this transaction: its receipt found, with the transaction's recipient,
     * its amount (unless it moved a whole balance) and, when known, its sender.
     */
    Finding verify(TransactionRecord row, String txid) {
        MBlockReceipt receipt;
        try {
            receipt = client.receiptByHash(txid, row.contract());
        } catch (MBlockException failure) {
            if (failure.isError(MBlockError.RECEIPT_NOT_FOUND)) {
                return new Finding(false, true, "no receipt for " + txid + " yet");
            }
            if (failure.isError(MBlockError.TRANSACTION_LOGS_NOT_FOUND)) {
                return Finding.inconclusive("the receipt of " + txid + " has no transfer logs");
            }
            return Finding.inconclusive("receipt lookup failed: " + failure.getMessage());
        }
        if (!matches(row, receipt)) {
            return Finding.inconclusive("the receipt of " + txid + " does not match this "
                    + row.kind().code() + " (to " + receipt.to() + ", amount "
                    + receipt.amount().toPlainString() + ")");
        }
        return new Finding(true, false, "receipt of " + txid + " matches");
    }

    /** A receipt proves the transaction only when recipient, amount (when one was asked) and known sender agree. */
    static boolean matches(TransactionRecord row, MBlockReceipt receipt) {
        return WalletInputs.sameAddress(row.toAddress(), receipt.to())
                && (row.amount() == null
                        ? row.kind() == WalletTransactionKind.TRANSIT
                        : row.amount().compareTo(receipt.amount()) == 0)
                && (row.fromAddress() == null || WalletInputs.sameAddress(row.fromAddress(), receipt.from()));
    }

    /** The wallet's current balance of the token, for the operator deciding a transit's fate. */
    String balanceObservation(TransactionRecord row) {
        if (row.fromAddress() == null) {
            return "sending wallet unknown";
        }
        try {
            String requested =
                    row.amount() == null ? "the whole balance" : row.amount().toPlainString();
            return "wallet " + row.fromAddress() + " now holds "
                    + client.balanceOf(row.fromAddress(), row.contract()).toPlainString() + " (requested " + requested
                    + ")";
        } catch (MBlockException failure) {
            return "balance lookup failed: " + failure.getMessage();
        }
    }

    /**
     * @param confirmed      the transaction is proved executed
     * @param receiptMissing MBlock answered that the txid has no receipt (counted towards the chain's word that it
     *                       never executed)
     */
    record Finding(boolean confirmed, boolean receiptMissing, String note) {

        static Finding inconclusive(String note) {
            return new Finding(false, false, note);
        }
    }
}

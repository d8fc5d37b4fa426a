package com.aeghash.wallet.internal.reconciliation;

import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.internal.WalletInputs;
import com.aeghash.wallet.internal.mblock.MBlockClient;
import com.aeghash.wallet.internal.mblock.MBlockError;
import com.aeghash.wallet.internal.mblock.MBlockException;
import com.aeghash.wallet.internal.mblock.MBlockReceipt;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import org.springframework.stereotype.Component;

/** The reconciler's questions to MBlock about one unknown transaction (reads only, outside any transaction). */
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
        return checkReceipt(row);
    }

    private Finding checkReceipt(TransactionRecord row) {
        MBlockReceipt receipt;
        try {
            receipt = client.receiptByHash(row.txid(), row.contract());
        } catch (MBlockException failure) {
            if (failure.isError(MBlockError.RECEIPT_NOT_FOUND)) {
                return Finding.inconclusive("no receipt for " + row.txid() + " yet");
            }
            if (failure.isError(MBlockError.TRANSACTION_LOGS_NOT_FOUND)) {
                return Finding.inconclusive("the receipt of " + row.txid() + " has no transfer logs");
            }
            return Finding.inconclusive("receipt lookup failed: " + failure.getMessage());
        }
        if (!matches(row, receipt)) {
            return Finding.inconclusive("the receipt of " + row.txid() + " does not match this transfer (to "
                    + receipt.to() + ", amount " + receipt.amount().toPlainString() + ")");
        }
        return new Finding(true, "receipt of " + row.txid() + " matches");
    }

    /** A receipt proves the transfer only when recipient, amount and (when known) sender agree. */
    static boolean matches(TransactionRecord row, MBlockReceipt receipt) {
        return WalletInputs.sameAddress(row.toAddress(), receipt.to())
                && row.amount() != null
                && row.amount().compareTo(receipt.amount()) == 0
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

    /** {@code confirmed}: the transfer is proved executed. */
    record Finding(boolean confirmed, String note) {

        static Finding inconclusive(String note) {
            return new Finding(false, note);
        }
    }
}

package com.aeghash.wallet.internal.transactions;

import com.aeghash.common.UnitOfWork;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.TransferCommand;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.internal.WalletInputs;
import com.aeghash.wallet.internal.mblock.MBlockClient;
import com.aeghash.wallet.internal.mblock.VendorRetry;
import com.aeghash.wallet.internal.wallets.WalletSigners;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * A transfer in the three phases of every vendor call (docs/architecture.md, "Calling vendors"): (1) the intent is committed as SUBMITTING; (2)
 * {@code transferByWalletKey} is sent with no transaction open, repeated only when nothing reached MBlock;
 * (3) the outcome is recorded in a new transaction: SUBMITTED (txid), FAILED (definite) or UNKNOWN
 * (checked by the reconciler, never re-sent).
 */
@Component
public class TransferProcessor {

    private final WalletSigners signers;
    private final MBlockClient client;
    private final TransactionSends sends;
    private final TransactionIntents intents;
    private final Clock clock;

    public TransferProcessor(
            WalletSigners signers,
            MBlockClient client,
            TransactionSends sends,
            TransactionIntents intents,
            Clock clock) {
        this.signers = signers;
        this.client = client;
        this.sends = sends;
        this.intents = intents;
        this.clock = clock;
    }

    public WalletTransaction transfer(TransferCommand command) {
        UnitOfWork.requireNoTransaction("a wallet transfer");
        Intent prepared = intentOf(command, clock.instant());
        TransactionRecord intent = prepared.record();
        WalletSigners.Signer signer = prepared.signer();
        return sends.send(
                intent,
                "mblock-transfer",
                "txid",
                id -> () -> client.transferByWalletKey(
                        signer.key(), intent.contract(), intent.toAddress(), intent.amount()),
                this::recordSend);
    }

    /** See {@code Wallets.fenceUnsentTransfer}: the tombstone is the intent, already failed. */
    public WalletTransaction fence(TransferCommand command, String reason) {
        UnitOfWork.requireNoTransaction("fencing a wallet transfer");
        Instant now = clock.instant();
        TransactionRecord neverSent = intentOf(command, now)
                .record()
                .moveTo(WalletTransactionStatus.FAILED, now, draft -> {
                    draft.failureReason = FailureReason.NEVER_SENT;
                    draft.failureMessage = reason;
                });
        return intents.fence(neverSent).toView();
    }

    /** The transfer as recorded before MBlock is called, and its signer; the inputs are checked first (400). */
    private Intent intentOf(TransferCommand command, Instant now) {
        String reference = WalletInputs.requireReference(command.reference());
        String to = WalletInputs.requireAddress(command.to(), "to");
        String contract = WalletInputs.optionalContract(command.contract(), "contract");
        BigDecimal amount = WalletInputs.requirePositiveAmount(command.amount(), "amount");
        WalletSigners.Signer signer = signers.resolve(command.source());
        return new Intent(
                TransactionRecord.submitting(
                        reference,
                        WalletTransactionKind.TRANSFER,
                        signer.memberId(),
                        command.source().label(),
                        command.actor(),
                        signer.address(),
                        to,
                        contract,
                        amount,
                        now),
                signer);
    }

    private record Intent(TransactionRecord record, WalletSigners.Signer signer) {}

    private TransactionRecord recordSend(TransactionRecord row, VendorRetry.Attempted<String> sent, Instant now) {
        if (!SendFailures.awaitsSendOutcome(row)) {
            return row;
        }
        if (sent.succeeded()) {
            return row.moveTo(WalletTransactionStatus.SUBMITTED, now, draft -> {
                draft.txid = sent.value();
                draft.sendAttempts = sent.attempts();
                draft.nextCheckAt = null;
            });
        }
        return sends.notSucceeded(row, sent, now);
    }
}

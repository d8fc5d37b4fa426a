package com.aeghash.wallet.internal.transactions;

import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.internal.mblock.MBlockException;
import com.aeghash.wallet.internal.mblock.MBlockNotExecutedException;
import com.aeghash.wallet.internal.mblock.MBlockOutcomeUnknownException;
import java.time.Duration;
import java.time.Instant;

/** Phase 3 helpers shared by transfers and transits: how a failed send is written on the row. */
public final class SendFailures {

    private SendFailures() {}

    /** Why a definite failure failed, for the API's response and the operator. */
    static FailureReason reasonOf(MBlockNotExecutedException failure) {
        if (failure.error() == null) {
            return failure.isTransient() ? FailureReason.VENDOR_UNREACHABLE : FailureReason.VENDOR_REJECTED;
        }
        return switch (failure.error()) {
            case VOLUME_ZERO_OR_BALANCE_LOW, NOT_ENOUGH_BALANCE -> FailureReason.INSUFFICIENT_BALANCE;
            case UNSUPPORTED_TOKEN, VOLUME_REQUIRED, CONTRACT_INCORRECT, WALLET_ADDRESS_INCORRECT ->
                FailureReason.INVALID_REQUEST;
            default -> FailureReason.VENDOR_REJECTED;
        };
    }

    public static TransactionRecord failed(
            TransactionRecord row, MBlockNotExecutedException failure, int attempts, Instant now) {
        return row.moveTo(WalletTransactionStatus.FAILED, now, draft -> {
            draft.failureReason = reasonOf(failure);
            draft.failureMessage = failure.getMessage();
            draft.sendAttempts = attempts;
            draft.nextCheckAt = null;
        });
    }

    /**
     * The outcome is unknown: first reconciler check after the schedule's first delay. A row already unknown
     * (the reconciler found it stale meanwhile) keeps its schedule and only learns the txid, if any.
     */
    public static TransactionRecord unknown(
            TransactionRecord row, RuntimeException failure, int attempts, Duration firstCheckDelay, Instant now) {
        String txid = failure instanceof MBlockOutcomeUnknownException unknown ? unknown.txid() : null;
        String message = failure instanceof MBlockException
                ? failure.getMessage()
                : "unexpected " + failure.getClass().getSimpleName() + " during the vendor call";
        if (row.status() == WalletTransactionStatus.UNKNOWN) {
            return row.with(now, draft -> {
                draft.txid = draft.txid == null ? txid : draft.txid;
                draft.sendAttempts = attempts;
            });
        }
        return row.moveTo(WalletTransactionStatus.UNKNOWN, now, draft -> {
            draft.txid = txid;
            draft.failureMessage = message;
            draft.sendAttempts = attempts;
            draft.checkCount = 0;
            draft.nextCheckAt = now.plus(firstCheckDelay);
        });
    }

    /** Phase 3 acts only on a row still waiting for this send; an operator's or callback's decision stands. */
    public static boolean awaitsSendOutcome(TransactionRecord row) {
        return row.status() == WalletTransactionStatus.SUBMITTING || row.status() == WalletTransactionStatus.UNKNOWN;
    }
}

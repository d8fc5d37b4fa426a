package com.aeghash.wallet.internal.transactions;

import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A stored wallet transaction. Immutable; changes go through
 * {@link #moveTo} (checked against {@link WalletTransactionStatus#canMoveTo}) or {@link #with} (same status).
 *
 * @param id            null until logged
 * @param actor         who asked for it: the member app's account for a member's transfer, the module paying from a
 *                      key it holds ({@code withdrawal-payout}); {@code unrecorded} for rows older than V71
 * @param checkCount    reconciler checks done since the outcome became unknown
 * @param receiptNotFoundChecks reconciler checks whose receipt lookup of the current txid said "not found": the
 *                      chain's word that lets one operator declare the transfer failed (V72)
 * @param nextCheckAt   when the reconciler looks again; null once its schedule is used up (operator's turn)
 * @param checkNote     what the reconciler's last check found
 * @param deadlineAt    for a pending transit: when the missing callback becomes an alert
 * @param resolvedBy    the operator who decided an unknown outcome (the maker, when a second one approved it)
 * @param approvedBy    the second operator who approved that decision; null when the chain's word backed one
 * @param version       optimistic lock, incremented by every update
 */
public record TransactionRecord(
        Long id,
        String reference,
        WalletTransactionKind kind,
        WalletTransactionStatus status,
        String memberId,
        String sourceLabel,
        String actor,
        String fromAddress,
        String toAddress,
        String contract,
        BigDecimal amount,
        String txid,
        String vendorToken,
        String txidFee,
        String txidToken,
        FailureReason failureReason,
        String failureMessage,
        int sendAttempts,
        int checkCount,
        int receiptNotFoundChecks,
        Instant nextCheckAt,
        String checkNote,
        Instant deadlineAt,
        String resolvedBy,
        String approvedBy,
        String resolutionNote,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public TransactionRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(actor, "actor");
        if (!status.belongsTo(kind)) {
            throw new IllegalStateException("a " + kind + " cannot be " + status + " (transaction " + id + ")");
        }
        if (kind == WalletTransactionKind.TRANSFER && amount == null) {
            throw new IllegalStateException("a transfer needs an amount (transaction " + id + ")");
        }
        if (amount != null && amount.signum() <= 0) {
            throw new IllegalStateException("amount must be positive (transaction " + id + ")");
        }
    }

    /** A new transaction in status SUBMITTING, before its first vendor call. */
    public static TransactionRecord submitting(
            String reference,
            WalletTransactionKind kind,
            String memberId,
            String sourceLabel,
            String actor,
            String fromAddress,
            String toAddress,
            String contract,
            BigDecimal amount,
            Instant now) {
        return new TransactionRecord(
                null,
                reference,
                kind,
                WalletTransactionStatus.SUBMITTING,
                memberId,
                sourceLabel,
                actor,
                fromAddress,
                toAddress,
                contract,
                amount,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                now,
                0);
    }

    /** The record moved to {@code next} with the given changes; illegal transitions throw. */
    public TransactionRecord moveTo(WalletTransactionStatus next, Instant now, Consumer<Draft> changes) {
        if (!status.canMoveTo(kind, next)) {
            throw new IllegalStateException(
                    "transaction " + id + " (" + kind + ") cannot move from " + status + " to " + next);
        }
        Draft draft = new Draft(this);
        draft.status = next;
        changes.accept(draft);
        return draft.truncateNotes().build(now);
    }

    /** The record with changes that keep its status. */
    public TransactionRecord with(Instant now, Consumer<Draft> changes) {
        Draft draft = new Draft(this);
        changes.accept(draft);
        draft.status = status;
        return draft.truncateNotes().build(now);
    }

    public TransactionRecord withId(long newId) {
        Draft draft = new Draft(this);
        draft.id = newId;
        return draft.build(updatedAt);
    }

    public TransactionRecord withVersion(long newVersion) {
        Draft draft = new Draft(this);
        draft.version = newVersion;
        return draft.build(updatedAt);
    }

    /** Unknown and the reconciler has no checks left: waiting for an operator. */
    public boolean needsOperator() {
        return status == WalletTransactionStatus.UNKNOWN && nextCheckAt == null;
    }

    public WalletTransaction toView() {
        return new WalletTransaction(
                id,
                reference,
                kind,
                status,
                memberId,
                sourceLabel,
                actor,
                fromAddress,
                toAddress,
                contract,
                amount,
                txid,
                vendorToken,
                txidFee,
                txidToken,
                failureReason,
                failureMessage,
                needsOperator(),
                checkNote,
                resolvedBy,
                approvedBy,
                resolutionNote,
                createdAt,
                updatedAt);
    }

    /** The mutable copy a change is written on. */
    public static final class Draft {
        private final TransactionRecord origin;
        private Long id;
        private long version;
        private WalletTransactionStatus status;
        public String txid;
        public String vendorToken;
        public String txidFee;
        public String txidToken;
        public FailureReason failureReason;
        public String failureMessage;
        public int sendAttempts;
        public int checkCount;
        public int receiptNotFoundChecks;
        public Instant nextCheckAt;
        public String checkNote;
        public Instant deadlineAt;
        public String resolvedBy;
        public String approvedBy;
        public String resolutionNote;

        private Draft(TransactionRecord origin) {
            this.origin = origin;
            this.id = origin.id;
            this.version = origin.version;
            this.status = origin.status;
            this.txid = origin.txid;
            this.vendorToken = origin.vendorToken;
            this.txidFee = origin.txidFee;
            this.txidToken = origin.txidToken;
            this.failureReason = origin.failureReason;
            this.failureMessage = origin.failureMessage;
            this.sendAttempts = origin.sendAttempts;
            this.checkCount = origin.checkCount;
            this.receiptNotFoundChecks = origin.receiptNotFoundChecks;
            this.nextCheckAt = origin.nextCheckAt;
            this.checkNote = origin.checkNote;
            this.deadlineAt = origin.deadlineAt;
            this.resolvedBy = origin.resolvedBy;
            this.approvedBy = origin.approvedBy;
            this.resolutionNote = origin.resolutionNote;
        }

        /** Cuts the free-text notes a change wrote to the 500 characters their columns hold. */
        private Draft truncateNotes() {
            failureMessage = truncate(failureMessage);
            checkNote = truncate(checkNote);
            resolutionNote = truncate(resolutionNote);
            return this;
        }

        private TransactionRecord build(Instant updatedAt) {
            TransactionRecord o = origin;
            return new TransactionRecord(
                    id,
                    o.reference,
                    o.kind,
                    status,
                    o.memberId,
                    o.sourceLabel,
                    o.actor,
                    o.fromAddress,
                    o.toAddress,
                    o.contract,
                    o.amount,
                    txid,
                    vendorToken,
                    txidFee,
                    txidToken,
                    failureReason,
                    failureMessage,
                    sendAttempts,
                    checkCount,
                    receiptNotFoundChecks,
                    nextCheckAt,
                    checkNote,
                    deadlineAt,
                    resolvedBy,
                    approvedBy,
                    resolutionNote,
                    o.createdAt,
                    updatedAt,
                    version);
        }

        private static String truncate(String text) {
            return text == null || text.length() <= 500 ? text : text.substring(0, 500);
        }
    }
}

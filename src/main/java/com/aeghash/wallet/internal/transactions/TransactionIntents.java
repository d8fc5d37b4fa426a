package com.aeghash.wallet.internal.transactions;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.wallet.internal.WalletInputs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Phase 1 of a transfer or transit: the intent is committed (status SUBMITTING) before the vendor is called,
 * together with its audit entry naming the actor ({@code wallet.transfer_requested}, {@code wallet.transit_requested},
 * {@code wallet.transfer_fenced}). A reference seen before returns the first transaction when the request is the same
 * (no second vendor call, no second audit entry) and is a 409 {@code reference_conflict} when it differs.
 */
@Component
public class TransactionIntents {

    private final WalletTransactionRepository repository;
    private final AuditLog auditLog;
    private final UnitOfWork unitOfWork;

    public TransactionIntents(WalletTransactionRepository repository, AuditLog auditLog, UnitOfWork unitOfWork) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.unitOfWork = unitOfWork;
    }

    public Logged log(TransactionRecord intent) {
        Logged recorded = recordUnlessTaken(intent, "wallet." + intent.kind().code() + "_requested");
        return recorded.replayed() ? replay(recorded.record(), intent) : recorded;
    }

    /**
     * Records {@code tombstone} (a transaction that will never be sent) unless the reference is taken; returns
     * what is recorded under the reference afterwards, whatever it is. A later {@link #log} of the reference
     * then replays (or conflicts with) it and sends nothing.
     */
    TransactionRecord fence(TransactionRecord tombstone) {
        return recordUnlessTaken(tombstone, "wallet.transfer_fenced").record();
    }

    /** The row inserted now, or (replayed) the one already recorded under its reference, even by a racer. */
    private Logged recordUnlessTaken(TransactionRecord row, String auditAction) {
        var existing = repository.findByReference(row.reference());
        if (existing.isPresent()) {
            return new Logged(existing.get(), true);
        }
        try {
            return new Logged(
                    unitOfWork.inNewTransaction(() -> {
                        TransactionRecord logged = repository.logTransaction(row);
                        auditLog.record(logged.actor(), auditAction, targetOf(logged), detailsOf(logged));
                        return logged;
                    }),
                    false);
        } catch (DuplicateKeyException concurrentSameReference) {
            return new Logged(
                    repository.findByReference(row.reference()).orElseThrow(() -> concurrentSameReference), true);
        }
    }

    private static Logged replay(TransactionRecord first, TransactionRecord intent) {
        if (!sameRequest(first, intent)) {
            throw ApiException.conflict(
                    "reference_conflict",
                    "reference " + intent.reference() + " was used for a different wallet transaction (" + first.id()
                            + ")");
        }
        return new Logged(first, true);
    }

    /** The member whose wallet it leaves, or the provided key's label. */
    private static String targetOf(TransactionRecord row) {
        return row.memberId() != null ? row.memberId() : row.sourceLabel();
    }

    private static Map<String, String> detailsOf(TransactionRecord row) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("transactionId", String.valueOf(row.id()));
        details.put("reference", row.reference());
        details.put("source", row.sourceLabel());
        details.put("to", row.toAddress());
        details.put("contract", row.contract() == null ? "BNB" : row.contract());
        details.put(
                "amount", row.amount() == null ? "whole balance" : row.amount().toPlainString());
        return details;
    }

    static boolean sameRequest(TransactionRecord first, TransactionRecord intent) {
        return first.kind() == intent.kind()
                && first.sourceLabel().equals(intent.sourceLabel())
                && WalletInputs.sameAddress(first.toAddress(), intent.toAddress())
                && WalletInputs.sameAddress(first.contract(), intent.contract())
                && (first.amount() == null
                        ? intent.amount() == null
                        : intent.amount() != null && first.amount().compareTo(intent.amount()) == 0)
                && Objects.equals(first.memberId(), intent.memberId());
    }

    /** The logged transaction; {@code replayed} when it was recorded by an earlier request. */
    public record Logged(TransactionRecord record, boolean replayed) {}
}

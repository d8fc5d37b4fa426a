package com.aeghash.wallet.internal.transactions;

import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.wallet.internal.WalletInputs;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Phase 1 of a transfer or transit: the intent is committed (status SUBMITTING) before the vendor is called.
 * A reference seen before returns the first transaction when the request is the same (no second vendor
 * call) and is a 409 {@code reference_conflict} when it differs.
 */
@Component
public class TransactionIntents {

    private final WalletTransactionRepository repository;
    private final UnitOfWork unitOfWork;

    public TransactionIntents(WalletTransactionRepository repository, UnitOfWork unitOfWork) {
        this.repository = repository;
        this.unitOfWork = unitOfWork;
    }

    public Logged log(TransactionRecord intent) {
        Logged recorded = recordUnlessTaken(intent);
        return recorded.replayed() ? replay(recorded.record(), intent) : recorded;
    }

    /**
     * Records {@code tombstone} (a transaction that will never be sent) unless the reference is taken; returns
     * what is recorded under the reference afterwards, whatever it is. A later {@link #log} of the reference
     * then replays (or conflicts with) it and sends nothing.
     */
    TransactionRecord fence(TransactionRecord tombstone) {
        return recordUnlessTaken(tombstone).record();
    }

    /** The row inserted now, or (replayed) the one already recorded under its reference, even by a racer. */
    private Logged recordUnlessTaken(TransactionRecord row) {
        var existing = repository.findByReference(row.reference());
        if (existing.isPresent()) {
            return new Logged(existing.get(), true);
        }
        try {
            return new Logged(unitOfWork.inNewTransaction(() -> repository.logTransaction(row)), false);
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

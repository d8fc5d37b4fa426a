package com.aeghash.wallet.internal.reconciliation;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.Resolution;
import com.aeghash.wallet.WalletOperations;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.internal.WalletInputs;
import com.aeghash.wallet.internal.WalletProperties;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import com.aeghash.wallet.internal.transactions.TransactionRecorder;
import com.aeghash.wallet.internal.transactions.WalletTransactionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Operators' decisions about unknown transactions; each one is audited with the decision's author. */
@Service
class WalletOperationsService implements WalletOperations {

    private static final int NOTE_LENGTH_MAX = 500;
    private final WalletTransactionRepository repository;
    private final TransactionRecorder recorder;
    private final AuditLog auditLog;
    private final UnitOfWork unitOfWork;
    private final WalletProperties properties;
    private final Clock clock;

    WalletOperationsService(
            WalletTransactionRepository repository,
            TransactionRecorder recorder,
            AuditLog auditLog,
            UnitOfWork unitOfWork,
            WalletProperties properties,
            Clock clock) {
        this.repository = repository;
        this.recorder = recorder;
        this.auditLog = auditLog;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<WalletTransaction> unknownTransactions(int limit) {
        int bounded = Math.max(1, Math.min(limit, properties.listLimitMax()));
        return repository.findByStatus(WalletTransactionStatus.UNKNOWN, bounded).stream()
                .map(TransactionRecord::toView)
                .toList();
    }

    @Override
    public WalletTransaction attachCandidateTxid(long transactionId, String txid, String actor) {
        WalletInputs.requireTxid(txid, "txid");
        return unitOfWork.inTransaction(() -> {
            TransactionRecord stored = recorder.apply(transactionId, row -> {
                requireUnknown(row);
                if (row.kind() != WalletTransactionKind.TRANSFER) {
                    throw ApiException.conflict("not_a_transfer", "only a transfer is verified by its receipt");
                }
                Instant now = clock.instant();
                return row.with(now, draft -> {
                    draft.txid = txid;
                    draft.nextCheckAt = now;
                    draft.checkNote = "candidate txid attached by " + actor + "; verified at the reconciler's next run";
                });
            });
            auditLog.record(
                    actor, "wallet.candidate_txid_attached", String.valueOf(transactionId), Map.of("txid", txid));
            return stored.toView();
        });
    }

    @Override
    public WalletTransaction resolve(long transactionId, Resolution resolution, String actor) {
        if (resolution.note() == null
                || resolution.note().isBlank()
                || resolution.note().length() > NOTE_LENGTH_MAX) {
            throw ApiException.validation("note", "must say why, in 1-500 characters");
        }
        if (resolution.txid() != null) {
            WalletInputs.requireTxid(resolution.txid(), "txid");
        }
        return unitOfWork.inTransaction(() -> {
            TransactionRecord stored = recorder.apply(transactionId, row -> decide(row, resolution, actor));
            auditLog.record(actor, "wallet.transaction_resolved", String.valueOf(transactionId), details(resolution));
            return stored.toView();
        });
    }

    private TransactionRecord decide(TransactionRecord row, Resolution resolution, String actor) {
        requireUnknown(row);
        WalletTransactionStatus target = !resolution.succeeded()
                ? WalletTransactionStatus.FAILED
                : row.kind() == WalletTransactionKind.TRANSFER
                        ? WalletTransactionStatus.SUBMITTED
                        : WalletTransactionStatus.CONFIRMED;
        return row.moveTo(target, clock.instant(), draft -> {
            draft.resolvedBy = actor;
            draft.resolutionNote = resolution.note();
            draft.nextCheckAt = null;
            if (!resolution.succeeded()) {
                draft.failureReason = FailureReason.OPERATOR_DECISION;
            } else if (resolution.txid() != null && row.kind() == WalletTransactionKind.TRANSFER) {
                draft.txid = resolution.txid();
            } else if (resolution.txid() != null) {
                draft.txidToken = resolution.txid();
            }
        });
    }

    private static void requireUnknown(TransactionRecord row) {
        if (row.status() != WalletTransactionStatus.UNKNOWN) {
            throw ApiException.conflict(
                    "transaction_not_unknown",
                    "transaction " + row.id() + " is " + row.status().code()
                            + ": only an unknown outcome can be decided");
        }
    }

    private static Map<String, String> details(Resolution resolution) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("outcome", resolution.succeeded() ? "succeeded" : "failed");
        if (resolution.txid() != null) {
            details.put("txid", resolution.txid());
        }
        details.put("note", resolution.note());
        return details;
    }
}

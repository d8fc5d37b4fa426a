package com.aeghash.wallet.internal.reconciliation;

import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.DoneOrAwaiting;
import com.aeghash.approval.NewApprovalRequest;
import com.aeghash.approval.OperatorDecision;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.security.OperatorIdentity;
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
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Operators' decisions about unknown transactions; each one is audited with the people behind it. The chain is
 * asked first (outside any transaction), the decision is then recorded under the row lock, only while the row is
 * still unknown (and still has the txid the chain was asked about):
 * <ul>
 *   <li>a txid, or a success naming one: accepted when MBlock's receipt of it matches, else 422;</li>
 *   <li>a failure: one operator's word when MBlock found no receipt of the transfer's txid in
 *       {@code receipt-not-found-checks} reconciler checks and again now;</li>
 *   <li>anything else (a failure without that word, a success without a txid): a four-eyes request, executed by
 *       {@link WalletDecisionApprovals} when a different OPERATIONS or FINANCE operator approves it.</li>
 * </ul>
 */
@Service
class WalletOperationsService implements WalletOperations {

    static final String APPROVAL_KIND = "wallet.transaction_decision";
    private static final int NOTE_LENGTH_MAX = 500;
    private final WalletTransactionRepository repository;
    private final TransactionRecorder recorder;
    private final UnknownTransactionChecks checks;
    private final ApprovalRequests approvals;
    private final AuditLog auditLog;
    private final UnitOfWork unitOfWork;
    private final WalletProperties properties;
    private final Clock clock;
    private final OperatorIdentity identity;

    WalletOperationsService(
            WalletTransactionRepository repository,
            TransactionRecorder recorder,
            UnknownTransactionChecks checks,
            ApprovalRequests approvals,
            AuditLog auditLog,
            UnitOfWork unitOfWork,
            WalletProperties properties,
            Clock clock,
            OperatorIdentity identity) {
        this.repository = repository;
        this.recorder = recorder;
        this.checks = checks;
        this.approvals = approvals;
        this.auditLog = auditLog;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
        this.identity = identity;
    }

    @Override
    public List<WalletTransaction> unknownTransactions(int limit) {
        return unknownTransactionsAfter(0, Math.min(limit, properties.listLimitMax()));
    }

    @Override
    public List<WalletTransaction> unknownTransactionsAfter(long afterId, int limit) {
        int bounded = Math.max(1, Math.min(limit, properties.listLimitMax() + 1));
        return repository.findByStatusAfter(WalletTransactionStatus.UNKNOWN, afterId, bounded).stream()
                .map(TransactionRecord::toView)
                .toList();
    }

    @Override
    public WalletTransaction attachCandidateTxid(long transactionId, String txid, String actor) {
        WalletInputs.requireTxid(txid, "txid");
        UnitOfWork.requireNoTransaction("attaching a txid");
        TransactionRecord row = unknown(transactionId);
        requireNotTheMember(row, actor);
        if (row.kind() != WalletTransactionKind.TRANSFER) {
            throw ApiException.conflict("not_a_transfer", "only a transfer is verified by its receipt");
        }
        UnknownTransactionChecks.Finding finding = confirmedOrRefused(row, txid);
        WalletTransaction settled =
                settle(row, new Resolution(true, txid, "txid attached: " + finding.note()), decisionOf(actor, finding));
        auditLog.record(
                actor,
                "wallet.candidate_txid_attached",
                String.valueOf(transactionId),
                Map.of("txid", txid, "verified", finding.note()));
        return settled;
    }

    @Override
    public DoneOrAwaiting<WalletTransaction> resolve(long transactionId, Resolution resolution, String actor) {
        if (resolution.note() == null
                || resolution.note().isBlank()
                || resolution.note().length() > NOTE_LENGTH_MAX) {
            throw ApiException.validation("note", "must say why, in 1-500 characters");
        }
        if (resolution.txid() != null) {
            WalletInputs.requireTxid(resolution.txid(), "txid");
        }
        UnitOfWork.requireNoTransaction("resolving a wallet transaction");
        TransactionRecord row = unknown(transactionId);
        requireNotTheMember(row, actor);
        if (resolution.succeeded() && resolution.txid() != null) {
            UnknownTransactionChecks.Finding finding = confirmedOrRefused(row, resolution.txid());
            return DoneOrAwaiting.done(settle(row, resolution, decisionOf(actor, finding)));
        }
        if (!resolution.succeeded() && chainFoundNoReceipt(row)) {
            String evidence = "MBlock found no receipt of " + row.txid() + " in " + row.receiptNotFoundChecks()
                    + " checks and again now";
            return DoneOrAwaiting.done(settle(row, resolution, OperatorDecision.backedBy(actor, evidence)));
        }
        return DoneOrAwaiting.awaiting(approvals.submit(new NewApprovalRequest(
                APPROVAL_KIND,
                "wallet-transaction:" + transactionId,
                payloadOf(row, resolution),
                actor,
                resolution.note())));
    }

    /**
     * Records a decision under the row lock, in the caller's transaction or one of its own; refused when the row is
     * no longer unknown, its txid changed since the chain was asked about it, or the txid it is settled with is held
     * by another transaction (checked under the lock of the txid decisions, so two decisions cannot both pass it).
     */
    WalletTransaction settle(TransactionRecord asked, Resolution resolution, OperatorDecision decision) {
        return unitOfWork.inTransaction(() -> {
            if (resolution.succeeded() && resolution.txid() != null) {
                repository.lockTxidDecisions(); // before the check below: two decisions cannot both find a txid free
            }
            TransactionRecord stored = recorder.apply(asked.id(), row -> {
                requireUnknown(row);
                if (resolution.succeeded()
                        && resolution.txid() != null
                        && repository.txidHeldByAnother(resolution.txid(), row.id())) {
                    throw notConfirmed(row, "another transaction already holds " + resolution.txid());
                }
                if (!Objects.equals(row.txid(), asked.txid())) {
                    throw ApiException.conflict(
                            "transaction_changed", "transaction " + row.id() + " changed while it was being decided");
                }
                return decide(row, resolution, decision);
            });
            auditLog.record(
                    decision.decidedBy(),
                    "wallet.transaction_resolved",
                    String.valueOf(asked.id()),
                    details(resolution, decision));
            return stored.toView();
        });
    }

    /** The unknown transaction as it is now; 404, or 409 when it is not unknown. */
    TransactionRecord unknown(long transactionId) {
        TransactionRecord row =
                repository.find(transactionId).orElseThrow(() -> ApiException.notFound("wallet transaction"));
        requireUnknown(row);
        return row;
    }

    /**
     * The chain's confirmation that {@code txid} is this transaction; refused when it is not, and when another
     * transaction already holds that txid (a matching recipient and amount prove nothing then: one transfer on the
     * chain would settle two transactions, e.g. pay two withdrawals with one payment).
     */
    private UnknownTransactionChecks.Finding confirmedOrRefused(TransactionRecord row, String txid) {
        if (repository.txidHeldByAnother(txid, row.id())) {
            throw notConfirmed(row, "another transaction already holds " + txid);
        }
        UnknownTransactionChecks.Finding finding = checks.verify(row, txid);
        if (!finding.confirmed()) {
            throw notConfirmed(row, finding.note());
        }
        return finding;
    }

    private static ApiException notConfirmed(TransactionRecord row, String why) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "txid_not_confirmed",
                "txid",
                "txid: the chain does not confirm it as " + row.kind().code() + " " + row.id() + ": " + why,
                Map.of("transactionId", row.id()));
    }

    /** The chain's word that the transfer never executed: every counted check and one more now found no receipt. */
    private boolean chainFoundNoReceipt(TransactionRecord row) {
        return row.kind() == WalletTransactionKind.TRANSFER
                && row.txid() != null
                && row.receiptNotFoundChecks() >= properties.receiptNotFoundChecks()
                && checks.verify(row, row.txid()).receiptMissing();
    }

    private static OperatorDecision decisionOf(String actor, UnknownTransactionChecks.Finding finding) {
        return OperatorDecision.backedBy(actor, finding.note());
    }

    private TransactionRecord decide(TransactionRecord row, Resolution resolution, OperatorDecision decision) {
        WalletTransactionStatus target = !resolution.succeeded()
                ? WalletTransactionStatus.FAILED
                : row.kind() == WalletTransactionKind.TRANSFER
                        ? WalletTransactionStatus.SUBMITTED
                        : WalletTransactionStatus.CONFIRMED;
        Instant now = clock.instant();
        return row.moveTo(target, now, draft -> {
            draft.resolvedBy = decision.decidedBy();
            draft.approvedBy = decision.approvedBy();
            draft.resolutionNote = resolution.note();
            draft.nextCheckAt = null;
            if (decision.evidence() != null) {
                draft.checkNote = decision.evidence();
            }
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

    /** The member of a transaction from a member's wallet (empty for the treasury's), for the checker's check too. */
    Optional<String> memberOf(long transactionId) {
        return repository.find(transactionId).map(TransactionRecord::memberId);
    }

    /** The member's own operator decides nothing about the member's tokens. */
    private void requireNotTheMember(TransactionRecord row, String actor) {
        if (identity.isMember(actor, row.memberId())) {
            throw OperatorIdentity.memberOwnOperator(actor, row.memberId());
        }
    }

    /** What the checker sees: the transaction as it is, and the decision asked for. */
    private static ObjectNode payloadOf(TransactionRecord row, Resolution resolution) {
        ObjectNode payload = JsonNodeFactory.instance
                .objectNode()
                .put("transactionId", row.id())
                .put("kind", row.kind().code())
                .put("outcome", resolution.succeeded() ? "succeeded" : "failed")
                .put("note", resolution.note())
                .put("source", row.sourceLabel())
                .put("to", row.toAddress())
                .put(
                        "amount",
                        row.amount() == null ? "whole balance" : row.amount().toPlainString())
                .put("txidKnown", row.txid())
                .put("receiptNotFoundChecks", row.receiptNotFoundChecks());
        if (resolution.txid() != null) {
            payload.put("txid", resolution.txid());
        }
        return payload;
    }

    private static Map<String, String> details(Resolution resolution, OperatorDecision decision) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("outcome", resolution.succeeded() ? "succeeded" : "failed");
        if (resolution.txid() != null) {
            details.put("txid", resolution.txid());
        }
        details.put("note", resolution.note());
        if (decision.approvedBy() != null) {
            details.put("approvedBy", decision.approvedBy());
            details.put("approvalRequestId", String.valueOf(decision.approvalRequestId()));
        }
        if (decision.evidence() != null) {
            details.put("evidence", decision.evidence());
        }
        return details;
    }
}

package com.aeghash.mining.internal.procurement;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.ApprovalStatus;
import com.aeghash.approval.Checker;
import com.aeghash.approval.NewApprovalRequest;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.idempotency.CanonicalJson;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.idempotency.IdempotentRequest;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.notification.Notifier;
import com.aeghash.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Procurements of hash power for operators: asked for under an {@code Idempotency-Key} (a four-eyes request of kind
 * {@value #APPROVAL_KIND} is filed with it), approved by a second operator through the approval module, then moved
 * along by {@link ProcurementWorkflow} and, for whatever is left, by the reconciler job.
 */
@Service
class ProcurementService {

    static final String APPROVAL_KIND = "mining.procurement";
    static final String OPERATION = "mining.procurements";
    private static final int LIST_MAX = 200;
    private static final int REASON_LENGTH_MAX = 500;
    private static final Logger log = LoggerFactory.getLogger(ProcurementService.class);

    private final ProcurementRepository procurements;
    private final ProcurementRecorder recorder;
    private final ProcurementWorkflow workflow;
    private final ProcurementProperties properties;
    private final ApprovalRequests approvals;
    private final IdempotentRequests idempotency;
    private final IdempotentResponses responses;
    private final CanonicalJson canonicalJson;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    ProcurementService(
            ProcurementRepository procurements,
            ProcurementProperties properties,
            HashDamClient hashDam,
            Wallets wallets,
            Ledger ledger,
            Notifier notifier,
            ApprovalRequests approvals,
            IdempotentRequests idempotency,
            IdempotentResponses responses,
            CanonicalJson canonicalJson,
            AuditLog audit,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.procurements = procurements;
        this.properties = properties;
        this.approvals = approvals;
        this.idempotency = idempotency;
        this.responses = responses;
        this.canonicalJson = canonicalJson;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.recorder = new ProcurementRecorder(procurements, ledger, notifier, unitOfWork, clock, properties);
        this.workflow = new ProcurementWorkflow(
                procurements,
                new ProcurementVendor(hashDam, wallets, properties, procurements),
                recorder,
                approvals,
                properties);
    }

    /** 201 with the procurement awaiting approval, a 4xx before anything is stored, or the first response replayed. */
    IdempotentResponse request(
            String actor, String idempotencyKeyHeader, BigDecimal creditAmount, String reason, String path) {
        String key = IdempotencyKey.require(idempotencyKeyHeader);
        BigDecimal amount = validAmount(creditAmount);
        String why = validReason(reason, amount);
        ObjectNode payload = JsonNodeFactory.instance
                .objectNode()
                .put("creditAmount", Amounts.format(amount))
                .put("reason", why);
        IdempotentRequest request = new IdempotentRequest(
                IdempotentRequest.operator(actor), key, OPERATION, canonicalJson.hash(OPERATION, payload), path);
        return idempotency.execute(request, recordId -> responses.json(HttpStatus.CREATED, file(actor, amount, why)));
    }

    /** In the idempotency module's transaction: the row, its approval request and the audit entry commit together. */
    private Procurement file(String actor, BigDecimal amount, String reason) {
        Procurement procurement = procurements.insert(amount, actor, reason, clock.instant());
        ApprovalRequest approval = approvals.submit(new NewApprovalRequest(
                APPROVAL_KIND,
                "mining-procurement:" + procurement.id(),
                JsonNodeFactory.instance
                        .objectNode()
                        .put("procurementId", procurement.id())
                        .put("creditAmount", Amounts.format(amount))
                        .put("reason", reason),
                actor,
                reason));
        Procurement filed = procurements.apply(
                procurement,
                ProcurementChange.to(ProcurementStatus.AWAITING_APPROVAL, actor, null)
                        .with(ProcurementChange.Column.APPROVAL_REQUEST_ID, approval.id()),
                clock.instant());
        audit.record(
                actor,
                "mining.procurement_requested",
                "mining-procurement:" + filed.id(),
                Map.of("creditAmount", Amounts.format(amount), "approvalRequestId", Long.toString(approval.id())));
        return filed;
    }

    /**
     * The second operator approves through the approval module (its rules: not the maker, a checker role); once
     * approved the procurement is moved along at once, as far as the vendors answer now.
     */
    Procurement approve(long id, Checker checker, String note) {
        UnitOfWork.requireNoTransaction("approving a procurement");
        Procurement procurement = procurement(id);
        if (procurement.approvalRequestId() == null) {
            throw ApiException.conflict("invalid_transition", "procurement " + id + " has no approval request");
        }
        ApprovalRequest decided = approvals.approve(procurement.approvalRequestId(), checker, note);
        if (decided.status() == ApprovalStatus.EXECUTED) {
            advanceQuietly(id, false);
        }
        return withSteps(procurement(id));
    }

    /** Executes an approved request in the approval's transaction: the procurement becomes approved, audited. */
    String approved(ApprovalRequest request, String checker) {
        long id = request.payload().path("procurementId").asLong();
        Procurement current = procurements.lock(id).orElseThrow(() -> ApiException.notFound("procurement " + id));
        if (current.status() != ProcurementStatus.AWAITING_APPROVAL) {
            throw ApiException.conflict(
                    "invalid_transition",
                    "procurement " + id + " is " + current.status().wireName());
        }
        recorder.applyInCallersTransaction(
                current,
                ProcurementChange.to(ProcurementStatus.APPROVED, checker, "approved; requested by " + request.maker())
                        .with(ProcurementChange.Column.APPROVED_BY, checker));
        audit.record(
                checker,
                "mining.procurement_approved",
                "mining-procurement:" + id,
                Map.of("maker", request.maker(), "approvalRequestId", Long.toString(request.id())));
        return "procurement " + id + " approved";
    }

    Procurement procurement(long id) {
        return procurements.find(id).orElseThrow(() -> ApiException.notFound("procurement " + id));
    }

    Procurement withSteps(Procurement procurement) {
        List<Procurement.Step> steps = procurements.steps(procurement.id());
        return new Procurement(
                procurement.id(),
                procurement.creditAmount(),
                procurement.status(),
                procurement.requestedBy(),
                procurement.reason(),
                procurement.approvalRequestId(),
                procurement.approvedBy(),
                procurement.chargeId(),
                procurement.depositAddress(),
                procurement.paymentAmount(),
                procurement.price(),
                procurement.coin(),
                procurement.paymentTxid(),
                procurement.credit(),
                procurement.swapId(),
                procurement.power(),
                procurement.phaseStartedAt(),
                procurement.checks(),
                procurement.nextCheckAt(),
                procurement.needsOperator(),
                procurement.failureReason(),
                procurement.createdAt(),
                procurement.updatedAt(),
                steps);
    }

    List<Procurement> list(ProcurementStatus status, int limit) {
        return list(status, Long.MAX_VALUE, limit);
    }

    /** Newest first, ids below {@code beforeId}, at most {@code limit} (capped at {@value #LIST_MAX}). */
    List<Procurement> list(ProcurementStatus status, long beforeId, int limit) {
        return procurements.list(status, beforeId, Math.min(Math.max(limit, 1), LIST_MAX));
    }

    /** One reconciler pass over the due procurements; returns how many changed state. */
    int reconcileDue() {
        int changed = 0;
        for (long id : procurements.due(clock.instant(), LIST_MAX)) {
            if (advanceQuietly(id, true)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean advanceQuietly(long id, boolean reconciling) {
        try {
            return workflow.advance(id, reconciling);
        } catch (RuntimeException failure) {
            log.warn("procurement {} could not be moved along now: {}", id, failure.getMessage());
            return false;
        }
    }

    private BigDecimal validAmount(BigDecimal creditAmount) {
        if (creditAmount == null
                || creditAmount.signum() <= 0
                || creditAmount.stripTrailingZeros().scale() > Amounts.MEMBER_SCALE
                || !Amounts.fitsStorage(creditAmount)) {
            throw ApiException.validation("creditAmount", "must be positive with at most 8 decimals");
        }
        if (creditAmount.compareTo(properties.creditAmountMax()) > 0) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "credit_amount_above_maximum",
                    "creditAmount",
                    "creditAmount: at most " + properties.creditAmountMax().toPlainString() + " per procurement",
                    Map.of());
        }
        if (properties.treasuryWalletKey() == null || properties.paymentTokenContract() == null) {
            throw ApiException.unprocessable(
                    "procurement_not_configured",
                    "MINING_PROCUREMENT_TREASURY_WALLET_KEY and MINING_PROCUREMENT_PAYMENT_TOKEN_CONTRACT must be set");
        }
        return creditAmount.stripTrailingZeros();
    }

    private static String validReason(String reason, BigDecimal amount) {
        if (reason == null || reason.isBlank()) {
            return "procure " + amount.toPlainString() + " hash credit";
        }
        if (reason.length() > REASON_LENGTH_MAX) {
            throw ApiException.validation("reason", "at most " + REASON_LENGTH_MAX + " characters");
        }
        return reason.trim();
    }
}

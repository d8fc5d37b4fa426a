package com.aeghash.mining.internal.procurement;

import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.CHARGE_ID;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.CHECKS;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.COIN;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.DEPOSIT_ADDRESS;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.FAILURE_REASON;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.NEEDS_OPERATOR;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.NEXT_CHECK_AT;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.PAYMENT_AMOUNT;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.PRICE;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.SWAP_ID;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.NewApprovalRequest;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.notification.Notifier;
import com.aeghash.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An operator's decision on a procurement the reconciler left to an operator ({@code charge_unknown} or
 * {@code swap_unknown} with {@code needsOperator}): {@code found} names the charge or swap HashDam's history shows
 * (checked against the history when asked), {@code failed} ends it. Filed as a four-eyes request of kind
 * {@value #APPROVAL_KIND}; applied, audited, in the approval's transaction once a different operator approved it.
 */
@Service
class ProcurementDecisions {

    static final String APPROVAL_KIND = "mining.procurement_decision";
    private static final int REASON_LENGTH_MAX = 500;

    private final ProcurementRepository procurements;
    private final ProcurementDecisionFindings findings;
    private final ProcurementRecorder recorder;
    private final ApprovalRequests approvals;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;

    ProcurementDecisions(
            ProcurementRepository procurements,
            ProcurementProperties properties,
            HashDamClient hashDam,
            Wallets wallets,
            Ledger ledger,
            Notifier notifier,
            ApprovalRequests approvals,
            AuditLog audit,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.procurements = procurements;
        this.findings = new ProcurementDecisionFindings(
                new ProcurementVendor(hashDam, wallets, properties, procurements),
                new ChargeCeiling(properties),
                procurements);
        this.recorder = new ProcurementRecorder(procurements, ledger, notifier, unitOfWork, clock, properties);
        this.approvals = approvals;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
    }

    /** Checks the decision (the charge or swap named against HashDam's history) and files it for a second operator. */
    ApprovalRequest request(long id, String actor, String outcome, String chargeId, String swapId, String reason) {
        UnitOfWork.requireNoTransaction("deciding a procurement");
        String why = validReason(reason);
        Procurement procurement = awaitingOperator(find(id));
        ObjectNode payload =
                "found".equals(outcome) ? findings.found(procurement, chargeId, swapId) : failedPayload(outcome);
        payload.put("procurementId", id)
                .put("status", procurement.status().name())
                .put("reason", why);
        return unitOfWork.inTransaction(() -> {
            ApprovalRequest filed = approvals.submit(
                    new NewApprovalRequest(APPROVAL_KIND, "mining-procurement:" + id, payload, actor, why));
            audit.record(
                    actor,
                    "mining.procurement_decision_requested",
                    "mining-procurement:" + id,
                    Map.of(
                            "outcome",
                            payload.path("outcome").asString(),
                            "approvalRequestId",
                            Long.toString(filed.id())));
            return filed;
        });
    }

    /** In the approval's transaction: applies the decision if the procurement still waits for it (else 409). */
    String approved(ApprovalRequest request, String checker) {
        JsonNode payload = request.payload();
        long id = payload.path("procurementId").asLong();
        Procurement current = procurements.lock(id).orElseThrow(() -> ApiException.notFound("procurement " + id));
        awaitingOperator(current);
        if (!current.status().name().equals(payload.path("status").asString())) {
            throw notAwaiting(current);
        }
        String detail = payload.path("outcome").asString() + " by operators " + request.maker() + " and " + checker
                + ": " + payload.path("reason").asString();
        Procurement updated = recorder.applyInCallersTransaction(current, change(current, payload, checker, detail));
        audit.record(
                checker,
                "mining.procurement_decided",
                "mining-procurement:" + id,
                Map.of(
                        "maker", request.maker(),
                        "approvalRequestId", Long.toString(request.id()),
                        "outcome", payload.path("outcome").asString(),
                        "status", updated.status().wireName()));
        return "procurement " + id + " is now " + updated.status().wireName();
    }

    private static ProcurementChange change(Procurement current, JsonNode payload, String checker, String detail) {
        boolean charge = current.status() == ProcurementStatus.CHARGE_UNKNOWN;
        if (!"found".equals(payload.path("outcome").asString())) {
            return cleared(ProcurementChange.to(
                            charge ? ProcurementStatus.CHARGE_FAILED : ProcurementStatus.SWAP_FAILED, checker, detail))
                    .with(FAILURE_REASON, detail);
        }
        if (!charge) {
            return cleared(ProcurementChange.to(ProcurementStatus.SWAP_REQUESTED, checker, detail))
                    .with(SWAP_ID, payload.path("swapId").asString())
                    .with(CHECKS, 0);
        }
        return cleared(ProcurementChange.to(ProcurementStatus.CHARGE_REQUESTED, checker, detail))
                .with(CHARGE_ID, payload.path("chargeId").asString())
                .with(DEPOSIT_ADDRESS, payload.path("depositAddress").asString())
                .with(PAYMENT_AMOUNT, decimal(payload, "paymentAmount"))
                .with(PRICE, decimal(payload, "price"))
                .with(COIN, payload.path("coin").asString())
                .with(CHECKS, 0);
    }

    private static BigDecimal decimal(JsonNode payload, String field) {
        JsonNode value = payload.path(field);
        return value.isString() ? new BigDecimal(value.asString()) : null;
    }

    private static ProcurementChange cleared(ProcurementChange change) {
        return change.with(NEEDS_OPERATOR, false).with(NEXT_CHECK_AT, null).with(FAILURE_REASON, null);
    }

    private static ObjectNode failedPayload(String outcome) {
        if (!"failed".equals(outcome)) {
            throw ApiException.validation("outcome", "must be found or failed");
        }
        return JsonNodeFactory.instance.objectNode().put("outcome", "failed");
    }

    private Procurement find(long id) {
        return procurements.find(id).orElseThrow(() -> ApiException.notFound("procurement " + id));
    }

    private static Procurement awaitingOperator(Procurement procurement) {
        boolean decidable = procurement.status() == ProcurementStatus.CHARGE_UNKNOWN
                || procurement.status() == ProcurementStatus.SWAP_UNKNOWN;
        if (!decidable || !procurement.needsOperator()) {
            throw notAwaiting(procurement);
        }
        return procurement;
    }

    private static ApiException notAwaiting(Procurement procurement) {
        return ApiException.conflict(
                "procurement_not_awaiting_operator",
                "procurement " + procurement.id() + " is "
                        + procurement.status().wireName()
                        + (procurement.needsOperator() ? "" : " and not waiting for an operator")
                        + ": only a charge_unknown or swap_unknown procurement left to an operator can be decided");
    }

    private static String validReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.validation("reason", "is required");
        }
        if (reason.length() > REASON_LENGTH_MAX) {
            throw ApiException.validation("reason", "at most " + REASON_LENGTH_MAX + " characters");
        }
        return reason.trim();
    }
}

package com.aeghash.withdrawal.internal;

import com.aeghash.idempotency.CanonicalJson;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.idempotency.IdempotentRequest;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.risk.RiskAssessment;
import com.aeghash.risk.RiskChecks;
import com.aeghash.risk.RiskFinding;
import com.aeghash.risk.WithdrawalRiskCheck;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Creates withdrawal requests. The request and its risk evaluation are <em>one</em> transaction: the row,
 * the ledger hold, the {@code requested} audit line, the device sighting, the risk findings and their alerts,
 * and a risk block's cancellation (with the hold released) commit together or not at all. So a failure at
 * any step (insufficient balance, a database error) leaves nothing half-written, and a withdrawal is never
 * visible to approvers before its risk verdict. The cost is that the risk rules run inside the transaction;
 * they only read a few indexed rows.
 *
 * <p>Idempotency: the request runs under its {@code Idempotency-Key} through the idempotency module, scoped to
 * the requesting operator (the member app): a retry with the same key and the same request gets the first
 * response again (the same withdrawal, or the same {@code risk_rejected}) with {@code Idempotent-Replayed: true};
 * the same key with another request is a 409 {@code idempotency_conflict}; while the first attempt runs, a 409
 * {@code idempotency_in_progress}. The withdrawal row carries the key's record id, unique, so a key reused after
 * it expired is a new request and no attempt can ever hold twice for one record.
 */
@Service
class WithdrawalRequestService {

    static final String RISK_ACTOR = "risk-system";
    private final WithdrawalRepository withdrawals;
    private final WithdrawalAddressRepository addresses;
    private final WithdrawalStateChanges stateChanges;
    private final WithdrawalMoney money;
    private final WithdrawalRequestValidator validator;
    private final WithdrawalQueries queries;
    private final RiskChecks risk;
    private final IdempotentRequests idempotency;
    private final IdempotentResponses responses;
    private final CanonicalJson canonicalJson;
    private final Clock clock;

    WithdrawalRequestService(
            WithdrawalRepository withdrawals,
            WithdrawalAddressRepository addresses,
            WithdrawalStateChanges stateChanges,
            WithdrawalMoney money,
            WithdrawalRequestValidator validator,
            WithdrawalQueries queries,
            RiskChecks risk,
            IdempotentRequests idempotency,
            IdempotentResponses responses,
            CanonicalJson canonicalJson,
            Clock clock) {
        this.withdrawals = withdrawals;
        this.addresses = addresses;
        this.stateChanges = stateChanges;
        this.money = money;
        this.validator = validator;
        this.queries = queries;
        this.risk = risk;
        this.idempotency = idempotency;
        this.responses = responses;
        this.canonicalJson = canonicalJson;
        this.clock = clock;
    }

    /**
     * The response: 201 with the withdrawal, or 422 {@code risk_rejected} (the cancellation committed with it),
     * 422 {@code insufficient_balance}, the idempotency module's 409s, or a replay of the first response.
     *
     * @throws com.aeghash.common.ApiException 400 for a missing key or bad input (before the key is claimed)
     */
    IdempotentResponse request(
            String requestedBy, String idempotencyKeyHeader, WithdrawalRequest submitted, String path) {
        String idempotencyKey = IdempotencyKey.require(idempotencyKeyHeader);
        WithdrawalRequest request = validator.validated(submitted);
        String fingerprint = RequestFingerprint.of(request, canonicalJson);
        IdempotentRequest idempotent = new IdempotentRequest(
                IdempotentRequest.operator(requestedBy),
                idempotencyKey,
                RequestFingerprint.OPERATION,
                fingerprint,
                path);
        return idempotency.execute(
                idempotent,
                recordId ->
                        responseTo(createAndAssess(requestedBy, idempotencyKey, recordId, fingerprint, request), path));
    }

    private Withdrawal createAndAssess(
            String requestedBy, String idempotencyKey, long recordId, String fingerprint, WithdrawalRequest request) {
        Instant now = clock.instant();
        Withdrawal created =
                withdrawals.insert(Withdrawal.draft(request, requestedBy, idempotencyKey, recordId, fingerprint, now));
        money.hold(created);
        stateChanges.requested(created, AuditNote.of(WithdrawalAuditAction.REQUESTED, requestedBy, null));
        RiskAssessment assessment = risk.assessWithdrawal(riskCheckOf(created));
        return switch (assessment.decision()) {
            case BLOCK ->
                stateChanges.move(
                        lock(created),
                        WithdrawalAction.CANCEL,
                        row -> row.withDecision(RISK_ACTOR, String.join("\n", assessment.reasons())),
                        riskNote(WithdrawalAuditAction.CANCELLED, assessment));
            case REVIEW -> stateChanges.flag(lock(created), riskNote(WithdrawalAuditAction.FLAGGED, assessment));
            case ALLOW -> created;
        };
    }

    private WithdrawalRiskCheck riskCheckOf(Withdrawal withdrawal) {
        WithdrawalRequest request = withdrawal.request();
        Instant destinationRegisteredAt = request.destination() == null
                ? null
                : addresses
                        .find(request.memberId(), request.asset(), request.destination())
                        .map(WithdrawalAddress::registeredAt)
                        .orElse(null);
        return new WithdrawalRiskCheck(
                withdrawal.payoutReference(),
                request.memberId(),
                request.asset(),
                request.amount(),
                request.ipAddress(),
                request.deviceId(),
                request.geo(),
                request.destination(),
                destinationRegisteredAt);
    }

    private static AuditNote riskNote(WithdrawalAuditAction action, RiskAssessment assessment) {
        Map<String, String> findings = new LinkedHashMap<>();
        for (RiskFinding finding : assessment.findings()) {
            findings.merge(
                    finding.rule().wireName(),
                    finding.severity().wireName() + ": " + finding.message(),
                    (first, second) -> first + " | " + second);
        }
        return new AuditNote(action, RISK_ACTOR, String.join("; ", assessment.reasons()), findings);
    }

    /** A risk block is the request's response too: a 422 that commits with the cancelled withdrawal. */
    private IdempotentResponse responseTo(Withdrawal withdrawal, String path) {
        if (withdrawal.status() == WithdrawalStatus.CANCELLED && RISK_ACTOR.equals(withdrawal.decidedBy())) {
            List<String> reasons = Arrays.asList(withdrawal.statusReason().split("\n"));
            return responses.problem(WithdrawalErrors.riskRejected(withdrawal.id(), reasons), path);
        }
        return responses.json(HttpStatus.CREATED, queries.withTrail(withdrawal));
    }

    private Withdrawal lock(Withdrawal withdrawal) {
        return withdrawals.lock(withdrawal.id()).orElseThrow(() -> WithdrawalErrors.notFound(withdrawal.id()));
    }
}

package com.aeghash.withdrawal.internal;

import com.aeghash.common.UnitOfWork;
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
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Creates withdrawal requests. The request and its risk evaluation are <em>one</em> transaction: the row,
 * the ledger hold, the {@code requested} audit line, the device sighting, the risk findings and their alerts,
 * and a risk block's cancellation (with the hold released) commit together or not at all. So a failure at
 * any step (insufficient balance, a database error) leaves nothing half-written, and a withdrawal is never
 * visible to approvers before its risk verdict. The cost is that the risk rules run inside the transaction;
 * they only read a few indexed rows.
 *
 * <p>Idempotency: the key is unique per requester (database constraint). A retry with the same key and the
 * same body gets the first result again (the same withdrawal, or the same {@code risk_rejected}); the same key
 * with another body is a 409 {@code idempotency_conflict}. A first attempt that failed wrote nothing, so its
 * retry is simply processed.
 */
@Service
class WithdrawalRequestService {

    static final String RISK_ACTOR = "risk-system";
    private final WithdrawalRepository withdrawals;
    private final WithdrawalAddressRepository addresses;
    private final WithdrawalStateChanges stateChanges;
    private final WithdrawalMoney money;
    private final WithdrawalRequestValidator validator;
    private final RiskChecks risk;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    WithdrawalRequestService(WithdrawalRepository withdrawals, WithdrawalAddressRepository addresses,
            WithdrawalStateChanges stateChanges, WithdrawalMoney money, WithdrawalRequestValidator validator,
            RiskChecks risk, UnitOfWork unitOfWork, Clock clock) {
        this.withdrawals = withdrawals;
        this.addresses = addresses;
        this.stateChanges = stateChanges;
        this.money = money;
        this.validator = validator;
        this.risk = risk;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** The withdrawal the request created (or created before, when {@code replayed}). */
    record RequestResult(Withdrawal withdrawal, boolean replayed) {
    }

    /**
     * @throws com.aeghash.common.ApiException 422 {@code risk_rejected} (after the cancellation committed),
     *         422 {@code insufficient_balance}, 409 {@code idempotency_conflict}, 400 for bad input
     */
    RequestResult request(String requestedBy, String idempotencyKeyHeader, WithdrawalRequest submitted) {
        String idempotencyKey = IdempotencyKeys.require(idempotencyKeyHeader);
        WithdrawalRequest request = validator.validated(submitted);
        String fingerprint = RequestFingerprint.of(request);
        Optional<Withdrawal> earlier = withdrawals.findByIdempotencyKey(requestedBy, idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        Withdrawal created;
        try {
            created = unitOfWork.inTransaction(() -> createAndAssess(requestedBy, idempotencyKey, fingerprint, request));
        } catch (DuplicateKeyException concurrentRetry) {
            // The same key committed by a concurrent retry while this attempt ran: answer as a replay.
            Withdrawal first = withdrawals.findByIdempotencyKey(requestedBy, idempotencyKey).orElseThrow(() -> concurrentRetry);
            return replay(first, fingerprint);
        }
        return result(created, false);
    }

    private Withdrawal createAndAssess(String requestedBy, String idempotencyKey, String fingerprint,
            WithdrawalRequest request) {
        Instant now = clock.instant();
        Withdrawal created = withdrawals.insert(Withdrawal.draft(request, requestedBy, idempotencyKey, fingerprint, now));
        money.hold(created);
        stateChanges.note(created, AuditNote.of(WithdrawalAuditAction.REQUESTED, requestedBy, null));
        RiskAssessment assessment = risk.assessWithdrawal(riskCheckOf(created));
        return switch (assessment.decision()) {
            case BLOCK -> stateChanges.move(lock(created), WithdrawalAction.CANCEL,
                    row -> row.withDecision(RISK_ACTOR, String.join("\n", assessment.reasons())),
                    riskNote(WithdrawalAuditAction.CANCELLED, assessment));
            case REVIEW -> stateChanges.flag(lock(created), riskNote(WithdrawalAuditAction.FLAGGED, assessment));
            case ALLOW -> created;
        };
    }

    private WithdrawalRiskCheck riskCheckOf(Withdrawal withdrawal) {
        WithdrawalRequest request = withdrawal.request();
        Instant destinationRegisteredAt = request.destination() == null ? null
                : addresses.find(request.memberId(), request.asset(), request.destination())
                        .map(WithdrawalAddress::registeredAt).orElse(null);
        return new WithdrawalRiskCheck(withdrawal.payoutReference(), request.memberId(), request.asset(),
                request.amount(), request.ipAddress(), request.deviceId(), request.geo(), request.destination(),
                destinationRegisteredAt);
    }

    private static AuditNote riskNote(WithdrawalAuditAction action, RiskAssessment assessment) {
        Map<String, String> findings = new LinkedHashMap<>();
        for (RiskFinding finding : assessment.findings()) {
            findings.merge(finding.rule().wireName(), finding.severity().wireName() + ": " + finding.message(),
                    (first, second) -> first + " | " + second);
        }
        return new AuditNote(action, RISK_ACTOR, String.join("; ", assessment.reasons()), findings);
    }

    private RequestResult replay(Withdrawal earlier, String fingerprint) {
        if (!earlier.requestFingerprint().equals(fingerprint)) {
            throw WithdrawalErrors.idempotencyConflict();
        }
        return result(earlier, true);
    }

    private static RequestResult result(Withdrawal withdrawal, boolean replayed) {
        if (withdrawal.status() == WithdrawalStatus.CANCELLED && RISK_ACTOR.equals(withdrawal.decidedBy())) {
            List<String> reasons = Arrays.asList(withdrawal.statusReason().split("\n"));
            throw WithdrawalErrors.riskRejected(withdrawal.id(), reasons, replayed);
        }
        return new RequestResult(withdrawal, replayed);
    }

    private Withdrawal lock(Withdrawal withdrawal) {
        return withdrawals.lock(withdrawal.id()).orElseThrow(() -> WithdrawalErrors.notFound(withdrawal.id()));
    }
}

package com.aeghash.withdrawal.internal;

import com.aeghash.approval.OperatorDecision;
import com.aeghash.common.Amounts;
import com.aeghash.common.UnitOfWork;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.withdrawal.PayoutOutcome;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records what a vendor said about a payout, under the row lock, applying only a strictly better state
 * (the transition table only moves forward): the third phase of execution, every reconciliation look-up,
 * and settlements that arrive on their own all come through here, so their order does not matter.
 */
@Component
class PayoutOutcomeRecorder {

    static final String ALERT_SOURCE = "withdrawal";
    private static final Logger log = LoggerFactory.getLogger(PayoutOutcomeRecorder.class);

    /** Where an outcome came from; the actor written to the audit trail. */
    enum Source {
        EXECUTION("system"),
        RECONCILIATION("reconciler"),
        VENDOR_EVENT("vendor");

        final String actor;

        Source(String actor) {
            this.actor = actor;
        }
    }

    /** The withdrawal after the outcome, and whether the outcome changed it. */
    record Recorded(Withdrawal withdrawal, boolean changed) {}

    private final WithdrawalRepository withdrawals;
    private final WithdrawalStateChanges stateChanges;
    private final ReconciliationPlan plan;
    private final UnitOfWork unitOfWork;
    private final Notifier notifier;
    private final Clock clock;

    PayoutOutcomeRecorder(
            WithdrawalRepository withdrawals,
            WithdrawalStateChanges stateChanges,
            WithdrawalProperties properties,
            UnitOfWork unitOfWork,
            Notifier notifier,
            Clock clock) {
        this.withdrawals = withdrawals;
        this.stateChanges = stateChanges;
        this.plan = new ReconciliationPlan(properties.reconciliation().schedule());
        this.unitOfWork = unitOfWork;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Applies the outcome in the caller's transaction, or in one of its own. */
    Recorded record(long id, PayoutOutcome outcome, Source source) {
        return unitOfWork.inTransaction(() -> apply(lock(id), outcome, source));
    }

    /**
     * Applies a reconciliation look-up: a better state is recorded; an outcome that teaches nothing moves the
     * withdrawal along the schedule, and after its last step raises a critical alert for an operator.
     */
    Recorded recordReconciliation(long id, PayoutOutcome outcome) {
        return unitOfWork.inTransaction(() -> {
            Withdrawal locked = lock(id);
            if (!locked.status().awaitsVendor() && locked.status() != WithdrawalStatus.EXECUTING) {
                return new Recorded(locked, false);
            }
            Recorded recorded = apply(locked, outcome, Source.RECONCILIATION);
            if (recorded.changed()) {
                return recorded;
            }
            ReconciliationState next = plan.afterFruitlessAttempt(locked.reconciliation(), clock.instant());
            Withdrawal rescheduled = stateChanges.reschedule(locked, next);
            if (next.needsOperator()) {
                notifier.alert(Alert.critical(
                        ALERT_SOURCE,
                        "Withdrawal needs an operator",
                        "the vendor could not confirm withdrawal " + locked.id() + " after " + next.attempts()
                                + " look-ups (" + outcome.reason() + ")",
                        fields(rescheduled)));
            }
            return new Recorded(rescheduled, false);
        });
    }

    private Recorded apply(Withdrawal locked, PayoutOutcome outcome, Source source) {
        WithdrawalAction action = actionFor(outcome.kind());
        Optional<WithdrawalStatus> target = WithdrawalStatus.next(locked.status(), action);
        if (target.isEmpty()) {
            ignore(locked, outcome, source);
            return new Recorded(locked, false);
        }
        Withdrawal changed = stateChanges.move(
                locked,
                action,
                row -> row.withVendorOutcome(outcome.vendorReference(), outcome.reason())
                        .withReconciliation(
                                plan.onEntering(target.get(), row.reconciliation(), clock.instant()), row.updatedAt()),
                noteOf(target.get(), outcome, source));
        alertIfNeeded(changed, outcome);
        return new Recorded(changed, true);
    }

    private void ignore(Withdrawal locked, PayoutOutcome outcome, Source source) {
        if (contradicts(locked.status(), outcome.kind())) {
            notifier.alert(Alert.critical(
                    ALERT_SOURCE,
                    "Contradictory payout result",
                    "withdrawal " + locked.id() + " is " + locked.status().wireName() + " but the vendor now says "
                            + outcome.kind() + ": check the vendor and the ledger",
                    fields(locked)));
        }
        log.info(
                "withdrawal {} is {}: {} from {} changes nothing",
                locked.id(),
                locked.status().wireName(),
                outcome.kind(),
                source);
    }

    /** A vendor confirming money moved where it did not, or the reverse: never silently accepted. */
    private static boolean contradicts(WithdrawalStatus status, PayoutOutcome.Kind kind) {
        boolean moneyMoved = kind == PayoutOutcome.Kind.COMPLETED || kind == PayoutOutcome.Kind.SUBMITTED;
        boolean neverPaid = status.releasesHold()
                || status == WithdrawalStatus.AWAITING_APPROVAL
                || status == WithdrawalStatus.AWAITING_SECOND_APPROVAL
                || status == WithdrawalStatus.APPROVED;
        return (neverPaid && moneyMoved)
                || (status == WithdrawalStatus.COMPLETED && kind == PayoutOutcome.Kind.FAILED_DEFINITE);
    }

    private void alertIfNeeded(Withdrawal withdrawal, PayoutOutcome outcome) {
        if (withdrawal.status() == WithdrawalStatus.FAILED) {
            notifier.alert(Alert.critical(
                    ALERT_SOURCE,
                    "Withdrawal failed",
                    "payout of withdrawal " + withdrawal.id() + " failed, hold returned to the member: "
                            + outcome.reason(),
                    fields(withdrawal)));
        } else if (withdrawal.status() == WithdrawalStatus.OUTCOME_UNKNOWN) {
            notifier.alert(Alert.warning(
                    ALERT_SOURCE,
                    "Withdrawal outcome unknown",
                    "payout of withdrawal " + withdrawal.id() + " may or may not have happened (" + outcome.reason()
                            + "); the reconciler will ask the vendor",
                    fields(withdrawal)));
        }
    }

    /**
     * The trail's entry. An outcome operators decided names them: the operator who decided is the actor and the one
     * who approved is in the metadata (never "vendor" nor "reconciler" for a person's decision).
     */
    private static AuditNote noteOf(WithdrawalStatus target, PayoutOutcome outcome, Source source) {
        WithdrawalAuditAction action = source == Source.RECONCILIATION && target != WithdrawalStatus.OUTCOME_UNKNOWN
                ? WithdrawalAuditAction.RECONCILED
                : WithdrawalAuditAction.enteringVendorState(target);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("outcome", outcome.kind().name());
        metadata.put("source", source.name().toLowerCase(Locale.ROOT));
        if (outcome.vendorReference() != null) {
            metadata.put("vendorReference", outcome.vendorReference());
        }
        OperatorDecision decision = outcome.decision();
        if (decision == null) {
            return new AuditNote(action, source.actor, outcome.reason(), metadata);
        }
        metadata.put("decidedBy", decision.decidedBy());
        if (decision.approvedBy() != null) {
            metadata.put("approvedBy", decision.approvedBy());
        }
        if (decision.evidence() != null) {
            metadata.put("evidence", decision.evidence());
        }
        return new AuditNote(action, decision.decidedBy(), outcome.reason(), metadata);
    }

    private static WithdrawalAction actionFor(PayoutOutcome.Kind kind) {
        return switch (kind) {
            case SUBMITTED -> WithdrawalAction.RECORD_SUBMITTED;
            case COMPLETED -> WithdrawalAction.RECORD_COMPLETED;
            case FAILED_DEFINITE -> WithdrawalAction.RECORD_FAILED;
            case UNKNOWN -> WithdrawalAction.RECORD_UNKNOWN;
        };
    }

    private Withdrawal lock(long id) {
        return withdrawals.lock(id).orElseThrow(() -> WithdrawalErrors.notFound(id));
    }

    static Map<String, String> fields(Withdrawal withdrawal) {
        return Map.of(
                "withdrawalId",
                String.valueOf(withdrawal.id()),
                "memberId",
                withdrawal.memberId(),
                "asset",
                withdrawal.asset().name(),
                "amount",
                Amounts.format(withdrawal.amount()),
                "status",
                withdrawal.status().wireName());
    }
}

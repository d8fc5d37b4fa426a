package com.aeghash.mining.internal.procurement;

import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.CHECKS;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.FAILURE_REASON;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.NEEDS_OPERATOR;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.NEXT_CHECK_AT;
import static com.aeghash.mining.internal.procurement.ProcurementChange.Column.PHASE_STARTED_AT;

import com.aeghash.common.Amounts;
import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what a procurement's phases learnt, each in a transaction of its own: it re-reads the row under a lock and
 * applies only a move the lifecycle allows from the state found, with the ledger entries and alerts that go with it
 * (the payment when the charge becomes pending, the project's power when completed, an alert for a failure and for an
 * outcome still unknown after the check schedule).
 */
final class ProcurementRecorder {

    static final String ACTOR = "mining-procurement";
    private static final Logger log = LoggerFactory.getLogger(ProcurementRecorder.class);
    private static final Set<ProcurementStatus> PENDING =
            Set.of(ProcurementStatus.CHARGE_PENDING, ProcurementStatus.SWAP_REQUESTED);
    private static final Set<ProcurementStatus> FAILURES =
            Set.of(ProcurementStatus.CHARGE_FAILED, ProcurementStatus.PAYMENT_FAILED, ProcurementStatus.SWAP_FAILED);

    private final ProcurementRepository procurements;
    private final Ledger ledger;
    private final Notifier notifier;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final ProcurementProperties properties;

    ProcurementRecorder(
            ProcurementRepository procurements,
            Ledger ledger,
            Notifier notifier,
            UnitOfWork unitOfWork,
            Clock clock,
            ProcurementProperties properties) {
        this.procurements = procurements;
        this.ledger = ledger;
        this.notifier = notifier;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.properties = properties;
    }

    Instant now() {
        return clock.instant();
    }

    Duration followUpInterval() {
        return properties.followUpInterval();
    }

    /** A pending charge or swap not yet alerted on ({@code checks} 0) whose call is older than the alert delay. */
    boolean pendingTooLong(Procurement procurement) {
        return procurement.checks() == 0
                && procurement.phaseStartedAt() != null
                && !procurement
                        .phaseStartedAt()
                        .plus(properties.pendingAlertAfter())
                        .isAfter(now());
    }

    /**
     * Phase 1: moves the procurement from {@code from} to the intent state and commits, or answers null when another
     * caller moved it first. The intent counts as unknown once {@code intent-stale-after} has passed.
     */
    Procurement claim(long id, ProcurementStatus from, ProcurementStatus intent, String detail) {
        return unitOfWork.inNewTransaction(() -> {
            Procurement current = procurements.lock(id).orElseThrow();
            if (current.status() != from) {
                return null;
            }
            Instant now = now();
            return procurements.apply(
                    current,
                    ProcurementChange.to(intent, ACTOR, detail)
                            .with(PHASE_STARTED_AT, now)
                            .with(CHECKS, 0)
                            .with(NEXT_CHECK_AT, now.plus(properties.intentStaleAfter())),
                    now);
        });
    }

    /**
     * Phase 3: applies {@code change} when the row is still where the caller read it ({@code expected}, or the unknown
     * state of that intent: a late answer) and may move to it; true when it moved. A late answer of a call whose
     * procurement the reconciler has meanwhile resolved and taken further is not recorded.
     */
    boolean record(long id, ProcurementStatus expected, ProcurementChange change) {
        return unitOfWork.inNewTransaction(() -> {
            Procurement current = procurements.lock(id).orElseThrow();
            boolean stays = current.status() == change.status();
            if (!current.status().awaitsOutcomeOf(expected)
                    || (!stays && !current.status().canMoveTo(change.status()))) {
                log.info(
                        "procurement {} is {}: {} is not recorded ({})",
                        id,
                        current.status(),
                        change.status(),
                        change.detail());
                return false;
            }
            applyWithEffects(current, change);
            return current.status() != change.status();
        });
    }

    /** Applies a change in the caller's transaction (the approval's), with its effects. */
    Procurement applyInCallersTransaction(Procurement current, ProcurementChange change) {
        return applyWithEffects(current, change);
    }

    /**
     * An unknown outcome, or an unknown one looked up once more without an answer: schedules the next look-up, or,
     * after the schedule, leaves it to an operator and raises the alert.
     */
    ProcurementChange unknown(ProcurementStatus status, int checksDone, String reason) {
        Duration delay = properties.delayAfter(checksDone);
        ProcurementChange change = ProcurementChange.to(status, ACTOR, reason)
                .with(CHECKS, checksDone)
                .with(FAILURE_REASON, reason);
        return delay == null
                ? change.with(NEEDS_OPERATOR, true).with(NEXT_CHECK_AT, null)
                : change.with(NEXT_CHECK_AT, now().plus(delay));
    }

    private Procurement applyWithEffects(Procurement current, ProcurementChange change) {
        Procurement updated = procurements.apply(current, change, now());
        boolean moved = updated.status() != current.status();
        if (moved && updated.status() == ProcurementStatus.CHARGE_PENDING) {
            ledger.post(ProcurementEntries.payment(updated, Amounts.floor8(updated.paymentAmount())));
        }
        if (moved && updated.status() == ProcurementStatus.COMPLETED) {
            ledger.post(ProcurementEntries.power(updated, updated.power()));
        }
        if (moved && FAILURES.contains(updated.status())) {
            notifier.alert(Alert.warning(
                    "mining", "Hash power procurement " + updated.id() + " failed", change.detail(), fields(updated)));
        }
        if (!moved && PENDING.contains(updated.status()) && updated.checks() > current.checks()) {
            alertPendingTooLong(updated, change);
        }
        if (updated.needsOperator() && !current.needsOperator()) {
            notifier.alert(Alert.critical(
                    "mining",
                    "Hash power procurement " + updated.id() + " is still "
                            + updated.status().wireName(),
                    "HashDam's history did not resolve it after every scheduled check; an operator must check it at "
                            + "HashDam and MBlock: " + change.detail(),
                    fields(updated)));
        }
        return updated;
    }

    private void alertPendingTooLong(Procurement procurement, ProcurementChange change) {
        notifier.alert(Alert.critical(
                "mining",
                "Hash power procurement " + procurement.id() + " is still pending at HashDam",
                "still " + procurement.status().wireName() + " " + properties.pendingAlertAfter()
                        + " after the call (phase started " + procurement.phaseStartedAt()
                        + "); it keeps being looked up, an operator should check it at HashDam: " + change.detail(),
                fields(procurement)));
    }

    private static Map<String, String> fields(Procurement procurement) {
        return Map.of(
                "procurementId", Long.toString(procurement.id()),
                "status", procurement.status().wireName(),
                "creditAmount", procurement.creditAmount().toPlainString());
    }
}

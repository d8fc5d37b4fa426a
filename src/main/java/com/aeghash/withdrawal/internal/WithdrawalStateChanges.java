package com.aeghash.withdrawal.internal;

import com.aeghash.withdrawal.WithdrawalStateChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place a withdrawal changes: the lifecycle table ({@link WithdrawalStatus#next}) decides the next
 * state, the row is written with its version compared, the money follows the state, and the audit trail gets
 * its line, all in the caller's transaction, which must hold the row lock ({@link WithdrawalRepository#lock}); each
 * change, and the request itself, is published as a {@link WithdrawalStateChanged}.
 */
@Component
class WithdrawalStateChanges {

    private final WithdrawalRepository withdrawals;
    private final WithdrawalAuditRepository auditTrail;
    private final WithdrawalMoney money;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WithdrawalStateChanges(
            WithdrawalRepository withdrawals,
            WithdrawalAuditRepository auditTrail,
            WithdrawalMoney money,
            ApplicationEventPublisher events,
            Clock clock) {
        this.withdrawals = withdrawals;
        this.auditTrail = auditTrail;
        this.money = money;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies the action to a locked withdrawal.
     *
     * @param alsoChange other fields the change sets (approvers, reasons, vendor reference)
     * @throws com.aeghash.common.ApiException 409 {@code invalid_state} when the table does not allow it
     */
    Withdrawal move(Withdrawal locked, WithdrawalAction action, UnaryOperator<Withdrawal> alsoChange, AuditNote note) {
        requireTransaction();
        WithdrawalStatus target = requireAllowed(locked.status(), action);
        Instant now = clock.instant();
        Withdrawal changed = withdrawals.update(alsoChange.apply(locked).withStatus(target, now));
        money.onEntering(changed);
        append(changed, note, now);
        announce(changed, locked.status(), now);
        return changed;
    }

    /** Appends the audit line of a request just inserted and announces it. */
    void requested(Withdrawal created, AuditNote note) {
        requireTransaction();
        Instant now = clock.instant();
        append(created, note, now);
        announce(created, null, now);
    }

    private void announce(Withdrawal changed, WithdrawalStatus previous, Instant now) {
        events.publishEvent(new WithdrawalStateChanged(
                changed.id(),
                changed.request().memberId(),
                changed.request().asset().name(),
                changed.request().amount(),
                changed.status().wireName(),
                previous == null ? null : previous.wireName(),
                changed.version(),
                now));
    }

    /** The state the action leads to, or a 409 {@code invalid_state} naming the state and the action. */
    static WithdrawalStatus requireAllowed(WithdrawalStatus from, WithdrawalAction action) {
        return WithdrawalStatus.next(from, action).orElseThrow(() -> WithdrawalErrors.invalidState(from, action));
    }

    /** Marks a locked withdrawal flagged for review; its state does not change. */
    Withdrawal flag(Withdrawal locked, AuditNote note) {
        requireTransaction();
        Instant now = clock.instant();
        Withdrawal changed = withdrawals.update(locked.flagged(now));
        append(changed, note, now);
        return changed;
    }

    /** Records the next reconciliation attempt of a locked withdrawal (not an audited change of the withdrawal). */
    Withdrawal reschedule(Withdrawal locked, ReconciliationState state) {
        requireTransaction();
        return withdrawals.update(locked.withReconciliation(state, clock.instant()));
    }

    private void append(Withdrawal withdrawal, AuditNote note, Instant now) {
        auditTrail.append(new WithdrawalAuditEntry(
                0,
                withdrawal.id(),
                note.action(),
                note.actor(),
                withdrawal.status(),
                withdrawal.amount(),
                note.notes(),
                note.metadata(),
                now));
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("withdrawals change only inside a transaction holding the row lock");
        }
    }
}

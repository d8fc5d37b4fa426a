package com.aeghash.security.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.security.Operator;
import com.aeghash.security.OperatorChange;
import com.aeghash.security.OperatorChangeState;
import com.aeghash.security.OperatorChanges;
import com.aeghash.security.Role;
import com.aeghash.security.SecurityProperties;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on operators. A change is stored {@code pending} by its maker and takes effect in the transaction of a
 * different administrator's confirmation, under the change's row lock and only if it is still pending (a second or
 * concurrent confirmation finds it decided: exactly once). Break-glass lets the only enabled administrator confirm
 * their own change, audited and alerted; the sandbox switch confirms every change for its maker at once. Every step is
 * audited in its transaction.
 */
@Service
@Transactional
class OperatorChangesService implements OperatorChanges {

    private final OperatorChangeRepository changes;
    private final OperatorRepository operators;
    private final AuditLog auditLog;
    private final Notifier notifier;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecurityProperties properties;

    OperatorChangesService(
            OperatorChangeRepository changes,
            OperatorRepository operators,
            AuditLog auditLog,
            Notifier notifier,
            Clock clock,
            ApplicationEventPublisher events,
            SecurityProperties properties) {
        this.changes = changes;
        this.operators = operators;
        this.auditLog = auditLog;
        this.notifier = notifier;
        this.clock = clock;
        this.events = events;
        this.properties = properties;
    }

    /** Stores what the maker asked for; under the sandbox switch it is confirmed for the maker at once. */
    OperatorChange submit(OperatorChange pending, String passwordHash) {
        OperatorChange stored = changes.insert(pending, passwordHash)
                .orElseThrow(() -> OperatorErrors.changePending(pending.username()));
        auditLog.record(stored.maker(), "operator.change.requested", stored.username(), detailsOf(stored));
        if (properties.singleAdminOperatorChanges()) {
            return confirmed(new OperatorChangeRepository.StoredChange(stored, passwordHash), stored.maker(), false);
        }
        return stored;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OperatorChange> pending() {
        return changes.pending();
    }

    @Override
    public OperatorChange confirm(String checker, long id) {
        OperatorChangeRepository.StoredChange locked = lockPending(id);
        boolean breakGlass = false;
        if (checker.equalsIgnoreCase(locked.change().maker())) {
            requireBreakGlass(checker, locked.change());
            breakGlass = true;
        }
        return confirmed(locked, checker, breakGlass);
    }

    @Override
    public OperatorChange reject(String checker, long id) {
        OperatorChange change = lockPending(id).change();
        OperatorChange rejected = change.decided(OperatorChangeState.REJECTED, checker, clock.instant(), false);
        record(rejected);
        auditLog.record(checker, "operator.change.rejected", change.username(), detailsOf(rejected));
        return rejected;
    }

    private OperatorChangeRepository.StoredChange lockPending(long id) {
        OperatorChangeRepository.StoredChange locked =
                changes.lock(id).orElseThrow(() -> OperatorErrors.unknownChange(id));
        if (locked.change().state() != OperatorChangeState.PENDING) {
            throw OperatorErrors.decided(id, locked.change().state());
        }
        return locked;
    }

    /** Break-glass: switched on, and the checker is the one enabled administrator left. */
    private void requireBreakGlass(String checker, OperatorChange change) {
        if (!properties.breakGlass()) {
            throw OperatorErrors.sameOperator(change.maker());
        }
        operators.lockEnabled();
        boolean onlyAdministrator = operators.countEnabledAdmins() == 1
                && operators
                        .findOperator(checker)
                        .filter(operator ->
                                operator.enabled() && operator.roles().contains(Role.ADMIN))
                        .isPresent();
        if (!onlyAdministrator) {
            throw OperatorErrors.sameOperator(change.maker());
        }
    }

    private OperatorChange confirmed(OperatorChangeRepository.StoredChange locked, String checker, boolean breakGlass) {
        OperatorChange confirmed =
                locked.change().decided(OperatorChangeState.CONFIRMED, checker, clock.instant(), breakGlass);
        record(confirmed);
        Map<String, String> details = detailsOf(confirmed);
        if (properties.singleAdminOperatorChanges() && checker.equalsIgnoreCase(confirmed.maker())) {
            details.put("sandboxSwitch", "true");
        }
        auditLog.record(checker, "operator.change.confirmed", confirmed.username(), details);
        apply(confirmed, locked.passwordHash());
        if (breakGlass) {
            alertBreakGlass(confirmed);
        }
        return confirmed;
    }

    private void record(OperatorChange decided) {
        if (!changes.decide(decided)) {
            throw OperatorErrors.decided(decided.id(), decided.state());
        }
    }

    private void apply(OperatorChange change, String passwordHash) {
        switch (change.kind()) {
            case CREATE -> create(change, passwordHash);
            case ROLES -> changeRoles(change);
            case ENABLE -> enable(change);
            case MEMBER -> linkMember(change);
        }
    }

    private void create(OperatorChange change, String passwordHash) {
        Operator operator = new Operator(
                change.username(), change.roles(), true, clock.instant(), change.maker(), change.memberId());
        if (!operators.insert(operator, passwordHash)) {
            throw OperatorErrors.taken(change.username());
        }
        auditLog.record(change.checker(), "operator.created", change.username(), detailsOf(change));
    }

    private void changeRoles(OperatorChange change) {
        operators.lockEnabled();
        Operator operator = existing(change.username());
        if (!change.roles().contains(Role.ADMIN) && operators.isLastAdministrator(operator)) {
            throw OperatorErrors.lastAdministrator();
        }
        operators.updateRoles(change.username(), change.roles());
        events.publishEvent(new OperatorAccessChanged(change.username(), "roles"));
        Map<String, String> details = detailsOf(change);
        details.put("previousRoles", new TreeSet<>(operator.roles()).toString());
        auditLog.record(change.checker(), "operator.roles.changed", change.username(), details);
    }

    private void enable(OperatorChange change) {
        existing(change.username());
        operators.updateEnabled(change.username(), true);
        auditLog.record(change.checker(), "operator.enabled", change.username(), detailsOf(change));
    }

    private void linkMember(OperatorChange change) {
        existing(change.username());
        operators.updateMemberId(change.username(), change.memberId());
        auditLog.record(change.checker(), "operator.member.linked", change.username(), detailsOf(change));
    }

    private Operator existing(String username) {
        return operators.findOperator(username).orElseThrow(() -> OperatorErrors.gone(username));
    }

    private void alertBreakGlass(OperatorChange change) {
        notifier.alert(Alert.critical(
                "security",
                "Break-glass operator change",
                change.checker() + " confirmed their own operator change ("
                        + change.kind().wireName() + " of "
                        + change.username() + ") as the only enabled administrator. Check it, and add a second "
                        + "administrator (docs/operations.md, 'Break-glass').",
                Map.of(
                        "operatorChangeId", String.valueOf(change.id()),
                        "kind", change.kind().wireName(),
                        "username", change.username(),
                        "administrator", change.checker())));
    }

    /** What the audit trail keeps of a change: never a password. */
    private static Map<String, String> detailsOf(OperatorChange change) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("operatorChangeId", String.valueOf(change.id()));
        details.put("kind", change.kind().wireName());
        if (!change.roles().isEmpty()) {
            details.put("roles", new TreeSet<>(change.roles()).toString());
        }
        if (change.kind() == OperatorChange.Kind.MEMBER || change.memberId() != null) {
            details.put("memberId", change.memberId() == null ? "none" : change.memberId());
        }
        details.put("maker", change.maker());
        if (change.checker() != null) {
            details.put("checker", change.checker());
        }
        if (change.breakGlass()) {
            details.put("breakGlass", "true");
        }
        return details;
    }
}

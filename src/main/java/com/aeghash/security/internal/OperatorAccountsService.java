package com.aeghash.security.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.Secret;
import com.aeghash.security.Operator;
import com.aeghash.security.OperatorAccounts;
import com.aeghash.security.OperatorChange;
import com.aeghash.security.OperatorIdentity;
import com.aeghash.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operator accounts: what grants rights is asked here and confirmed through {@link OperatorChangesService}; what only
 * takes them away (disable, delete) and one's own password change are done here. Every change is audited in its
 * transaction, and every loss of access publishes {@link OperatorAccessChanged} in it.
 */
@Service
@Transactional
class OperatorAccountsService implements OperatorAccounts, OperatorIdentity {

    static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{2,63}$";
    static final String USERNAME_RULE = "must be 3-64 lower-case letters, digits, '.', '_' or '-'";

    private final OperatorRepository operators;
    private final OperatorChangesService changes;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CurrentPasswords currentPasswords;

    OperatorAccountsService(
            OperatorRepository operators,
            OperatorChangesService changes,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            Clock clock,
            ApplicationEventPublisher events,
            CurrentPasswords currentPasswords) {
        this.currentPasswords = currentPasswords;
        this.operators = operators;
        this.changes = changes;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public OperatorChange create(String actor, String username, Secret password, Set<Role> roles, String memberId) {
        if (username == null || !username.matches(USERNAME_PATTERN)) {
            throw ApiException.validation("username", USERNAME_RULE);
        }
        requireRoles(roles);
        requireMemberId(memberId);
        PasswordPolicy.violation(username, password).ifPresent(rule -> {
            throw ApiException.validation("password", rule);
        });
        if (operators.find(username).isPresent()) {
            throw OperatorErrors.taken(username);
        }
        return changes.submit(
                OperatorChange.pending(OperatorChange.Kind.CREATE, username, roles, memberId, actor, clock.instant()),
                passwordEncoder.encode(password.reveal()));
    }

    @Override
    public OperatorChange changeRoles(String actor, String username, Set<Role> roles) {
        requireRoles(roles);
        Operator operator = existing(username);
        if (!roles.contains(Role.ADMIN) && operators.isLastAdministrator(operator)) {
            throw OperatorErrors.lastAdministrator();
        }
        return changes.submit(pendingChange(OperatorChange.Kind.ROLES, username, roles, null, actor), null);
    }

    @Override
    public OperatorChange linkMember(String actor, String username, String memberId) {
        requireMemberId(memberId);
        existing(username);
        return changes.submit(pendingChange(OperatorChange.Kind.MEMBER, username, Set.of(), memberId, actor), null);
    }

    @Override
    public OperatorChange enable(String actor, String username) {
        if (existing(username).enabled()) {
            throw OperatorErrors.alreadyEnabled(username);
        }
        return changes.submit(pendingChange(OperatorChange.Kind.ENABLE, username, Set.of(), null, actor), null);
    }

    @Override
    public void disable(String actor, String username) {
        Operator operator = takingRightsFrom(actor, username, "disable");
        if (!operator.enabled()) {
            return;
        }
        operators.updateEnabled(username, false);
        events.publishEvent(new OperatorAccessChanged(username, "disabled"));
        auditLog.record(
                actor, "operator.disabled", username, Map.of("roles", new TreeSet<>(operator.roles()).toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Operator> list() {
        return operators.findAll();
    }

    @Override
    public void delete(String actor, String username) {
        Operator operator = takingRightsFrom(actor, username, "delete");
        operators.delete(username);
        events.publishEvent(new OperatorAccessChanged(username, "deleted"));
        auditLog.record(
                actor, "operator.deleted", username, Map.of("roles", new TreeSet<>(operator.roles()).toString()));
    }

    @Override
    public void changeOwnPassword(String username, Secret currentPassword, Secret newPassword) {
        OperatorRepository.StoredOperator stored =
                operators.find(username).orElseThrow(() -> OperatorErrors.unknownOperator(username));
        currentPasswords.require(username, currentPassword);
        PasswordPolicy.violation(username, newPassword).ifPresent(rule -> {
            throw ApiException.validation("newPassword", rule);
        });
        if (passwordEncoder.matches(newPassword.reveal(), stored.passwordHash())) {
            throw ApiException.validation("newPassword", "must differ from the current password");
        }
        operators.updatePasswordHash(username, passwordEncoder.encode(newPassword.reveal()));
        events.publishEvent(new OperatorAccessChanged(username, "password"));
        auditLog.record(username, "operator.password.changed", username, Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> memberIdOf(String username) {
        return operators.findOperator(username).map(Operator::memberId);
    }

    @Transactional(readOnly = true)
    boolean bootstrapAdminNeeded() {
        return operators.countEnabledAdmins() == 0;
    }

    /** Creates the first administrator when the database has none; false when one exists already. */
    boolean bootstrapAdmin(String username, Secret password) {
        if (operators.countEnabledAdmins() > 0) {
            return false;
        }
        PasswordPolicy.violation(username, password).ifPresent(rule -> {
            throw new AdminPasswordException(rule);
        });
        Operator admin = new Operator(username, Set.of(Role.ADMIN), true, clock.instant(), "bootstrap");
        if (!operators.insert(admin, passwordEncoder.encode(password.reveal()))) {
            return false;
        }
        auditLog.record("system", "operator.bootstrapped", username, Map.of("roles", "[ADMIN]"));
        return true;
    }

    private OperatorChange pendingChange(
            OperatorChange.Kind kind, String username, Set<Role> roles, String memberId, String actor) {
        return OperatorChange.pending(kind, username, roles, memberId, actor, clock.instant());
    }

    private Operator existing(String username) {
        return operators.findOperator(username).orElseThrow(() -> OperatorErrors.unknownOperator(username));
    }

    /**
     * The operator an administrator disables or deletes: never oneself, never the last enabled administrator (the
     * enabled operators locked, so that two such changes at once count each other).
     */
    private Operator takingRightsFrom(String actor, String username, String verb) {
        if (actor.equalsIgnoreCase(username)) {
            throw OperatorErrors.oneself(verb);
        }
        operators.lockEnabled();
        Operator operator = existing(username);
        if (operators.isLastAdministrator(operator)) {
            throw OperatorErrors.lastAdministrator();
        }
        return operator;
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw ApiException.validation("roles", "at least one role is required");
        }
    }

    private static void requireMemberId(String memberId) {
        if (memberId != null) {
            MemberIds.require(memberId, "memberId");
        }
    }
}

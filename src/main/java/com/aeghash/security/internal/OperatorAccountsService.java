package com.aeghash.security.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.security.Operator;
import com.aeghash.security.OperatorAccounts;
import com.aeghash.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and removes operator accounts; every change is audited in the same transaction. */
@Service
@Transactional
class OperatorAccountsService implements OperatorAccounts {

    static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{2,63}$";
    static final String USERNAME_RULE = "must be 3-64 lower-case letters, digits, '.', '_' or '-'";

    private final OperatorRepository operators;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OperatorAccountsService(
            OperatorRepository operators,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            Clock clock,
            ApplicationEventPublisher events) {
        this.operators = operators;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Operator create(String actor, String username, Secret password, Set<Role> roles) {
        if (username == null || !username.matches(USERNAME_PATTERN)) {
            throw ApiException.validation("username", USERNAME_RULE);
        }
        if (roles == null || roles.isEmpty()) {
            throw ApiException.validation("roles", "at least one role is required");
        }
        requirePasswordPolicy(username, password);
        Operator operator = new Operator(username, roles, true, clock.instant(), actor);
        if (!operators.insert(operator, passwordEncoder.encode(password.reveal()))) {
            throw ApiException.conflict("conflict", "operator " + username + " already exists");
        }
        auditLog.record(actor, "operator.created", username, Map.of("roles", new TreeSet<>(roles).toString()));
        return operator;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Operator> list() {
        return operators.findAll();
    }

    @Override
    public void delete(String actor, String username) {
        if (actor.equals(username)) {
            throw ApiException.conflict("conflict", "operators cannot delete themselves");
        }
        Operator operator = operators
                .find(username)
                .map(OperatorRepository.StoredOperator::operator)
                .orElseThrow(() -> ApiException.notFound("operator " + username));
        if (operator.roles().contains(Role.ADMIN) && operators.countEnabledAdmins() <= 1) {
            throw ApiException.conflict("conflict", "the last administrator cannot be deleted");
        }
        operators.delete(username);
        events.publishEvent(new OperatorAccessChanged(username, "deleted"));
        auditLog.record(
                actor, "operator.deleted", username, Map.of("roles", new TreeSet<>(operator.roles()).toString()));
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
            throw new IllegalStateException("AEGHASH_ADMIN_PASSWORD " + rule + " (the operator password rules apply)");
        });
        Operator admin = new Operator(username, Set.of(Role.ADMIN), true, clock.instant(), "bootstrap");
        if (!operators.insert(admin, passwordEncoder.encode(password.reveal()))) {
            return false;
        }
        auditLog.record("system", "operator.bootstrapped", username, Map.of("roles", "[ADMIN]"));
        return true;
    }

    private static void requirePasswordPolicy(String username, Secret password) {
        PasswordPolicy.violation(username, password).ifPresent(rule -> {
            throw ApiException.validation("password", rule);
        });
    }
}

package com.aeghash.security.internal;

import com.aeghash.security.Operator;
import com.aeghash.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/** Operators in memory, for unit tests. */
public class InMemoryOperatorRepository implements OperatorRepository {

    private final Map<String, StoredOperator> operators = new ConcurrentSkipListMap<>();

    @Override
    public boolean insert(Operator operator, String passwordHash) {
        return operators.putIfAbsent(operator.username(), new StoredOperator(operator, passwordHash)) == null;
    }

    @Override
    public Optional<StoredOperator> find(String username) {
        return Optional.ofNullable(operators.get(username));
    }

    @Override
    public List<Operator> findAll() {
        return operators.values().stream().map(StoredOperator::operator).toList();
    }

    @Override
    public boolean delete(String username) {
        return operators.remove(username) != null;
    }

    @Override
    public long countEnabledAdmins() {
        return operators.values().stream()
                .map(StoredOperator::operator)
                .filter(operator -> operator.enabled() && operator.roles().contains(Role.ADMIN))
                .count();
    }

    /** Unit tests run on one thread: nothing to lock. */
    @Override
    public void lockEnabled() {}

    @Override
    public boolean updateRoles(String username, Set<Role> roles) {
        return update(
                username,
                o -> new Operator(o.username(), roles, o.enabled(), o.createdAt(), o.createdBy(), o.memberId()));
    }

    @Override
    public boolean updateEnabled(String username, boolean enabled) {
        return update(
                username,
                o -> new Operator(o.username(), o.roles(), enabled, o.createdAt(), o.createdBy(), o.memberId()));
    }

    @Override
    public boolean updatePasswordHash(String username, String passwordHash) {
        return operators.computeIfPresent(
                        username, (name, stored) -> new StoredOperator(stored.operator(), passwordHash))
                != null;
    }

    @Override
    public boolean updateMemberId(String username, String memberId) {
        return update(
                username,
                o -> new Operator(o.username(), o.roles(), o.enabled(), o.createdAt(), o.createdBy(), memberId));
    }

    private boolean update(String username, UnaryOperator<Operator> change) {
        return operators.computeIfPresent(
                        username,
                        (name, stored) -> new StoredOperator(change.apply(stored.operator()), stored.passwordHash()))
                != null;
    }
}

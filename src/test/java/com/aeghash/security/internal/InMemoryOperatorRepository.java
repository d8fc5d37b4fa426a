package com.aeghash.security.internal;

import com.aeghash.security.Operator;
import com.aeghash.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

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
}

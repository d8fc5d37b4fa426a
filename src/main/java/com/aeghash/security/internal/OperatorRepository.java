package com.aeghash.security.internal;

import com.aeghash.security.Operator;
import java.util.List;
import java.util.Optional;

/** Operator accounts; SQL ({@link JdbcOperatorRepository}) and in memory ({@code InMemoryOperatorRepository}). */
interface OperatorRepository {

    /** Inserts the operator; false when the username is taken. */
    boolean insert(Operator operator, String passwordHash);

    Optional<StoredOperator> find(String username);

    List<Operator> findAll();

    boolean delete(String username);

    long countEnabledAdmins();

    /** An operator with the hash used to check their password. */
    record StoredOperator(Operator operator, String passwordHash) {}
}

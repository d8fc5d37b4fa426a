package com.aeghash.security.internal;

import com.aeghash.security.Operator;
import com.aeghash.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Operator accounts; SQL ({@link JdbcOperatorRepository}) and in memory ({@code InMemoryOperatorRepository}). */
interface OperatorRepository {

    /** Inserts the operator; false when the username is taken. */
    boolean insert(Operator operator, String passwordHash);

    Optional<StoredOperator> find(String username);

    /** The operator without their hash. */
    default Optional<Operator> findOperator(String username) {
        return find(username).map(StoredOperator::operator);
    }

    List<Operator> findAll();

    boolean delete(String username);

    long countEnabledAdmins();

    /**
     * The operator is the one enabled administrator left: taking their rights (disabling, deleting, or roles without
     * {@code ADMIN}) would leave none. Decided under {@link #lockEnabled()}, it holds until the transaction ends.
     */
    default boolean isLastAdministrator(Operator operator) {
        return operator.enabled() && operator.roles().contains(Role.ADMIN) && countEnabledAdmins() <= 1;
    }

    /**
     * Locks every enabled operator's row until the transaction ends, so that two changes that could each take the
     * last administrator's rights are decided one after the other, each counting what the other committed.
     */
    void lockEnabled();

    /** False for an unknown operator (as the setters below). */
    boolean updateRoles(String username, Set<Role> roles);

    boolean updateEnabled(String username, boolean enabled);

    boolean updatePasswordHash(String username, String passwordHash);

    boolean updateMemberId(String username, String memberId);

    /** An operator with the hash used to check their password. */
    record StoredOperator(Operator operator, String passwordHash) {}
}

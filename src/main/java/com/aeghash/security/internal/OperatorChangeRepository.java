package com.aeghash.security.internal;

import com.aeghash.security.OperatorChange;
import java.util.List;
import java.util.Optional;

/**
 * Changes of operators' access awaiting or past a second administrator's decision; SQL
 * ({@link JdbcOperatorChangeRepository}) and in memory ({@code InMemoryOperatorChangeRepository}).
 */
interface OperatorChangeRepository {

    /** Stores a pending change; empty when a change of the same operator is pending already. */
    Optional<OperatorChange> insert(OperatorChange pending, String passwordHash);

    /** The change with its new operator's password hash (null for other kinds or once decided), locked. */
    Optional<StoredChange> lock(long id);

    /**
     * Records the decision of a pending change (and forgets its password hash); false when it was not pending any
     * more, so that only one decision ever counts.
     */
    boolean decide(OperatorChange decided);

    /** Every pending change, oldest first. */
    List<OperatorChange> pending();

    /** A change with the hash of the password its new operator will sign in with. */
    record StoredChange(OperatorChange change, String passwordHash) {}
}

package com.aeghash.idempotency.internal;

import java.sql.SQLTransientException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures of a request's work may succeed when simply tried again: lock timeouts, deadlock victims,
 * serialization failures, a connection that could not be had or was lost. Everything else (a rejected request,
 * a constraint violation, a bug) would fail the same way again and is not retried.
 */
final class TransientFailures {

    private static final int CAUSE_DEPTH_MAX = 10;

    private TransientFailures() {}

    static boolean isTransient(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < CAUSE_DEPTH_MAX; depth++) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }
}

package com.aeghash.idempotency.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.testsupport.DatabasePerKind;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The mechanism's contract on {@code idempotency_keys}, on one migrated database of each kind. */
@OnEachDatabase
class JdbcIdempotentRequestsIT extends IdempotentRequestsContract {

    @Parameter
    TestDatabases.Kind kind;

    @Override
    IdempotencyKeyRepository createRepository() {
        return new JdbcIdempotencyKeyRepository(JdbcClient.create(DatabasePerKind.of(kind)));
    }

    @Override
    UnitOfWork unitOfWork() {
        return new UnitOfWork(new DataSourceTransactionManager(DatabasePerKind.of(kind)));
    }
}

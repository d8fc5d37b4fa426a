package com.aeghash.idempotency.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The mechanism's contract on {@code idempotency_keys}, on one migrated database of each kind. */
@OnEachDatabase
class JdbcIdempotentRequestsIT extends IdempotentRequestsContract {

    @Parameter
    TestDatabases.Kind kind;

    @RegisterExtension
    static final TestDatabaseScope databases = TestDatabaseScope.wholeClass();

    @Override
    IdempotencyKeyRepository createRepository() {
        return new JdbcIdempotencyKeyRepository(JdbcClient.create(databases.open(kind)));
    }

    @Override
    UnitOfWork unitOfWork() {
        return new UnitOfWork(new DataSourceTransactionManager(databases.open(kind)));
    }
}

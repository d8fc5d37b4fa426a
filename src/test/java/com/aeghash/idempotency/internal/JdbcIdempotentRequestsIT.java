package com.aeghash.idempotency.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The mechanism's contract on {@code idempotency_keys}, on one migrated database of each kind. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Kind.class)
class JdbcIdempotentRequestsIT extends IdempotentRequestsContract {

    private static DataSource database;
    /** The database of this run; the lifecycle methods below receive it too. */
    @Parameter
    TestDatabases.Kind kind;

    @BeforeParameterizedClassInvocation
    static void createDatabase(TestDatabases.Kind kind) {
        database = TestDatabases.create(kind);
    }

    @AfterParameterizedClassInvocation
    static void closeDatabase() {
        TestDatabases.close(database);
    }

    @Override
    IdempotencyKeyRepository createRepository() {
        return new JdbcIdempotencyKeyRepository(JdbcClient.create(database));
    }

    @Override
    UnitOfWork unitOfWork() {
        return new UnitOfWork(new DataSourceTransactionManager(database));
    }
}

package com.aeghash.ledger.internal;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

@OnEachDatabase
class JdbcInvariantScanRepositoryIT extends InvariantScanRepositoryContract {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Override
    InvariantScanRepository createRepository() {
        return new JdbcInvariantScanRepository(JdbcClient.create(databases.open(database)));
    }
}

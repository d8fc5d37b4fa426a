package com.aeghash.ledger.internal;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.JdbcTemplate;

@OnEachDatabase
class JdbcLedgerRepositoryIT extends LedgerRepositoryContract {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Override
    LedgerRepository createRepository() {
        return new JdbcLedgerRepository(new JdbcTemplate(databases.open(database)));
    }
}

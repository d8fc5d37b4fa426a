package com.aeghash.partner.internal.hashpower;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contract of {@link HashpowerAccrualRepository} on {@code partner_hashpower_accruals}, on each database. */
@OnEachDatabase
class JdbcHashpowerAccrualRepositoryIT extends HashpowerAccrualRepositoryContract {

    @Parameter
    TestDatabases.Kind kind;

    @RegisterExtension
    static final TestDatabaseScope databases = TestDatabaseScope.wholeClass();

    @Override
    HashpowerAccrualRepository createRepository() {
        return new JdbcHashpowerAccrualRepository(JdbcClient.create(databases.open(kind)));
    }
}

package com.aeghash.partner.internal.hashpower;

import com.aeghash.testsupport.DatabasePerKind;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contract of {@link HashpowerAccrualRepository} on {@code partner_hashpower_accruals}, on each database. */
@OnEachDatabase
class JdbcHashpowerAccrualRepositoryIT extends HashpowerAccrualRepositoryContract {

    @Parameter
    TestDatabases.Kind kind;

    @Override
    HashpowerAccrualRepository createRepository() {
        return new JdbcHashpowerAccrualRepository(JdbcClient.create(DatabasePerKind.of(kind)));
    }
}

package com.aeghash.partner.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresCondition.class)
class JdbcPartnerRepositoriesPostgresIT extends JdbcPartnerRepositories {

    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.POSTGRES;
    }
}

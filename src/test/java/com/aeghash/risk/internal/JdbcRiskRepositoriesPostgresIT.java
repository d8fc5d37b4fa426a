package com.aeghash.risk.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresCondition.class)
class JdbcRiskRepositoriesPostgresIT extends JdbcRiskRepositories {

    @BeforeEach
    @Override
    void setUp() {
        dataSource = TestDatabases.create(TestDatabases.Kind.POSTGRES);
        super.setUp();
    }
}

package com.aeghash.withdrawal.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresCondition.class)
class JdbcWithdrawalRepositoriesPostgresIT extends JdbcWithdrawalRepositoriesLocking {

    @BeforeEach
    @Override
    void setUp() {
        dataSource = TestDatabases.create(TestDatabases.Kind.POSTGRES);
        super.setUp();
    }
}

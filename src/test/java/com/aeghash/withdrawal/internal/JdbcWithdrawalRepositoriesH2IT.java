package com.aeghash.withdrawal.internal;

import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;

class JdbcWithdrawalRepositoriesH2IT extends JdbcWithdrawalRepositoriesLocking {

    @BeforeEach
    @Override
    void setUp() {
        dataSource = TestDatabases.create(TestDatabases.Kind.H2);
        super.setUp();
    }
}

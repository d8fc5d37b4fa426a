package com.aeghash.risk.internal;

import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;

class JdbcRiskRepositoriesH2IT extends JdbcRiskRepositories {

    @BeforeEach
    @Override
    void setUp() {
        dataSource = TestDatabases.create(TestDatabases.Kind.H2);
        super.setUp();
    }
}

package com.aeghash.security.internal;

import com.aeghash.testsupport.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcOperatorRepositoryH2IT extends OperatorRepositoryContract {

    @Override
    OperatorRepository createRepository() {
        return new JdbcOperatorRepository(JdbcClient.create(TestDatabases.create(TestDatabases.Kind.H2)));
    }
}

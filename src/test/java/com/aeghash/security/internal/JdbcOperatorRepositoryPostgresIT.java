package com.aeghash.security.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(PostgresCondition.class)
class JdbcOperatorRepositoryPostgresIT extends OperatorRepositoryContract {

    @Override
    OperatorRepository createRepository() {
        return new JdbcOperatorRepository(JdbcClient.create(TestDatabases.create(TestDatabases.Kind.POSTGRES)));
    }
}

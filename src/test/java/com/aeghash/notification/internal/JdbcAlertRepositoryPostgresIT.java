package com.aeghash.notification.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(PostgresCondition.class)
class JdbcAlertRepositoryPostgresIT extends AlertRepositoryContract {

    @Override
    AlertRepository createRepository() {
        return new JdbcAlertRepository(JdbcClient.create(TestDatabases.create(TestDatabases.Kind.POSTGRES)),
                JsonMapper.builder().build());
    }
}

package com.aeghash.notification.internal;

import com.aeghash.testsupport.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

class JdbcAlertRepositoryH2IT extends AlertRepositoryContract {

    @Override
    AlertRepository createRepository() {
        return new JdbcAlertRepository(JdbcClient.create(TestDatabases.create(TestDatabases.Kind.H2)),
                JsonMapper.builder().build());
    }
}

package com.aeghash.notification.internal;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@OnEachDatabase
class JdbcAlertRepositoryIT extends AlertRepositoryContract {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Override
    AlertRepository createRepository() {
        return new JdbcAlertRepository(
                JdbcClient.create(databases.open(database)),
                JsonMapper.builder().build());
    }
}

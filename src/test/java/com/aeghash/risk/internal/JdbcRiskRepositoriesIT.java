package com.aeghash.risk.internal;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The SQL risk repositories on a fresh database per test. */
@OnEachDatabase
class JdbcRiskRepositoriesIT extends RiskRepositoriesContract {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Override
    RiskEventRepository createEvents() {
        return new JdbcRiskEventRepository(jdbc(), JsonMapper.builder().build());
    }

    @Override
    KnownDeviceRepository createDevices() {
        return new JdbcKnownDeviceRepository(jdbc());
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(databases.open(database));
    }
}

package com.aeghash.risk.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(PostgresCondition.class)
class JdbcRiskRepositoriesPostgresIT extends RiskRepositoriesContract {

    private DataSource dataSource;

    @BeforeEach
    @Override
    void setUp() {
        dataSource = TestDatabases.create(TestDatabases.Kind.POSTGRES);
        super.setUp();
    }

    @Override
    RiskEventRepository createEvents() {
        return new JdbcRiskEventRepository(JdbcClient.create(dataSource), JsonMapper.builder().build());
    }

    @Override
    KnownDeviceRepository createDevices() {
        return new JdbcKnownDeviceRepository(JdbcClient.create(dataSource));
    }
}

package com.aeghash.risk.internal;

import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

class JdbcRiskRepositoriesH2IT extends RiskRepositoriesContract {

    private final DataSource dataSource = TestDatabases.create(TestDatabases.Kind.H2);

    @Override
    RiskEventRepository createEvents() {
        return new JdbcRiskEventRepository(JdbcClient.create(dataSource), JsonMapper.builder().build());
    }

    @Override
    KnownDeviceRepository createDevices() {
        return new JdbcKnownDeviceRepository(JdbcClient.create(dataSource));
    }
}

package com.aeghash.risk.internal;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The SQL risk repositories on a fresh database per test (set by the subclass before the contract's set-up). */
abstract class JdbcRiskRepositories extends RiskRepositoriesContract {

    DataSource dataSource;

    @Override
    RiskEventRepository createEvents() {
        return new JdbcRiskEventRepository(JdbcClient.create(dataSource), JsonMapper.builder().build());
    }

    @Override
    KnownDeviceRepository createDevices() {
        return new JdbcKnownDeviceRepository(JdbcClient.create(dataSource));
    }

    /** Closes the test's pool, so no connection outlives the test on a shared server. */
    @AfterEach
    void closePool() throws Exception {
        if (dataSource instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}

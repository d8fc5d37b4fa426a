package com.aeghash.bonus.internal;

import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.JdbcTemplate;

class JdbcBonusRepositoryH2IT extends BonusRepositoryContract {

    private DataSource dataSource;

    @Override
    Repositories createRepositories() {
        dataSource = TestDatabases.create(TestDatabases.Kind.H2);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new Repositories(new JdbcBonusOrderRepository(jdbc), new JdbcClosingRepository(jdbc));
    }

    @AfterEach
    void closeDataSource() {
        TestDatabases.close(dataSource);
    }
}

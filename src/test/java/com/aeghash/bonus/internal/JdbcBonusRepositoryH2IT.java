package com.aeghash.bonus.internal;

import com.aeghash.testsupport.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

class JdbcBonusRepositoryH2IT extends BonusRepositoryContract {

    @Override
    Repositories createRepositories() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.create(TestDatabases.Kind.H2));
        return new Repositories(new JdbcBonusOrderRepository(jdbc), new JdbcClosingRepository(jdbc));
    }
}

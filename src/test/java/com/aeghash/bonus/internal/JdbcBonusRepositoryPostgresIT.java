package com.aeghash.bonus.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

@ExtendWith(PostgresCondition.class)
class JdbcBonusRepositoryPostgresIT extends BonusRepositoryContract {

    @Override
    Repositories createRepositories() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.create(TestDatabases.Kind.POSTGRES));
        return new Repositories(new JdbcBonusOrderRepository(jdbc), new JdbcClosingRepository(jdbc));
    }
}

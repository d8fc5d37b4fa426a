package com.aeghash.bonus.internal;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.JdbcTemplate;

@OnEachDatabase
class JdbcBonusRepositoryIT extends BonusRepositoryContract {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Override
    Repositories createRepositories() {
        JdbcTemplate jdbc = new JdbcTemplate(databases.open(database));
        return new Repositories(new JdbcBonusOrderRepository(jdbc), new JdbcClosingRepository(jdbc));
    }
}

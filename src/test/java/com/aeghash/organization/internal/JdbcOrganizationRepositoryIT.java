package com.aeghash.organization.internal;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.JdbcTemplate;

@OnEachDatabase
class JdbcOrganizationRepositoryIT extends OrganizationRepositoryContract {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Override
    Repositories createRepositories() {
        JdbcTemplate jdbc = new JdbcTemplate(databases.open(database));
        return new Repositories(
                new JdbcMemberRepository(jdbc),
                new JdbcUnilevelTreeRepository(jdbc),
                new JdbcBinaryTreeRepository(jdbc),
                new JdbcSalesVolumeEventRepository(jdbc));
    }
}
